#pragma once

#include <cstdint>

namespace comptoir::demo {

// A small deterministic generator (SplitMix64): the same seed gives the same shop on every
// platform and compiler, which std::uniform_int_distribution does not promise.
class DemoRandom final
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    { }
    // A stream of its own for item `index`, so one product can be regenerated without the others.
    static DemoRandom forItem(std::uint64_t seed, std::uint64_t stream, std::uint64_t index)
    {
        DemoRandom r(seed ^ (stream * 0x9E3779B97F4A7C15ULL) ^ (index * 0xBF58476D1CE4E5B9ULL));
        r.next();
        return r;
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound).
    std::uint64_t below(std::uint64_t bound) { return bound == 0 ? 0 : next() % bound; }
    // Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low + 1)));
    }
    // True with probability percent / 100.
    bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }
    // In [0, 1 000 000): a fixed-point fraction, so no floating point decides the data.
    std::uint64_t millionths() { return below(1000000); }

private:
    std::uint64_t m_state;
};

} // namespace comptoir::demo
