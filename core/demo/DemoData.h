#pragma once

#include <cstdint>

namespace comptoir::demo {

// The French shop the demo generator draws from. Strings are UTF-8 literals: data, not UI text.
struct ProductType
{
    const char* name; // "Bottines"
    const char* skuPrefix; // "BOT"
    int category; // index into kCategories
    int option; // 0 none, 1 clothing sizes, 2 shoe sizes, 3 weights
    bool colours; // has a colour option
    int minPriceCents;
    int maxPriceCents;
    int vatBasisPoints;
    int weightGrams;
};

struct Category
{
    const char* name;
    int parent; // -1 for a top-level category
};

struct City
{
    const char* postcode;
    const char* name;
    const char* country; // ISO 3166-1 alpha-2
};

extern const Category kCategories[];
extern const int kCategoryCount;
extern const ProductType kProductTypes[];
extern const int kProductTypeCount;
extern const char* const kQualifiers[];
extern const int kQualifierCount;
extern const char* const kModelNames[];
extern const int kModelNameCount;
extern const char* const kColours[];
extern const int kColourCount;
extern const char* const kClothingSizes[];
extern const int kClothingSizeCount;
extern const char* const kShoeSizes[];
extern const int kShoeSizeCount;
extern const char* const kWeights[];
extern const int kWeightCount;
extern const char* const kFirstNames[];
extern const int kFirstNameCount;
extern const char* const kLastNames[];
extern const int kLastNameCount;
extern const char* const kStreets[];
extern const int kStreetCount;
extern const City kCities[];
extern const int kCityCount;
extern const char* const kMailDomains[];
extern const int kMailDomainCount;
extern const char* const kSupplierNames[];
extern const int kSupplierNameCount;

} // namespace comptoir::demo
