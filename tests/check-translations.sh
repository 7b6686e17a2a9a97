#!/usr/bin/env bash
# Fails when the French translation is incomplete or when lupdate would change it (a source string
# was added or removed without updating translations/comptoir_fr.ts).
# usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1; top=$2
ts="$top/translations/comptoir_fr.ts"
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
if [ "$unfinished" != "0" ]; then
    echo "FAIL: $ts has $unfinished unfinished translations" >&2
    exit 1
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/comptoir_fr.ts"
# lupdate's C++ parser can loop forever on some expressions (a cast inside translate()'s arguments):
# fail in minutes with a hint instead of waiting for CTest's timeout.
run_lupdate() {
    local rc=0
    (cd "$top" && timeout 300 "$lupdate" "$@" 2>&1) || rc=$?
    if [ "$rc" = 124 ]; then
        echo "FAIL: lupdate did not finish in 300 s; run it on each changed source file to find the one it loops on" >&2
        exit 1
    fi
    return "$rc"
}
output=$(run_lupdate -no-obsolete -locations none -extensions cpp,h core ui app -ts "$work/comptoir_fr.ts")
echo "$output"
if ! echo "$output" | grep -q "(0 new and"; then
    echo "FAIL: lupdate finds new source strings: run 'cmake --build build --target update_translations' and translate them" >&2
    exit 1
fi
if echo "$output" | grep -q "Removed [1-9]"; then
    echo "FAIL: $ts holds strings the sources no longer have: run update_translations" >&2
    exit 1
fi
# English: only the plural forms, all filled (scripts/fill-plurals.py).
en="$top/translations/comptoir_en.ts"
if grep -q 'type="unfinished"' "$en"; then
    echo "FAIL: $en has unfinished plural forms: run scripts/fill-plurals.py" >&2
    exit 1
fi
cp "$en" "$work/comptoir_en.ts"
output=$(run_lupdate -no-obsolete -locations none -pluralonly -extensions cpp,h core ui app -ts "$work/comptoir_en.ts")
if ! cmp -s "$en" "$work/comptoir_en.ts"; then
    echo "$output"
    diff "$en" "$work/comptoir_en.ts" | head -20
    echo "FAIL: the plural strings changed: run update_translations then scripts/fill-plurals.py" >&2
    exit 1
fi
echo "translations: complete and up to date"
