#include "demo/DemoData.h"

#include <iterator>

namespace comptoir::demo {

const Category kCategories[] = {
    {"Vêtements", -1},
    {"T-shirts", 0},
    {"Pulls et gilets", 0},
    {"Robes", 0},
    {"Chaussures", -1},
    {"Accessoires", -1},
    {"Sacs", 5},
    {"Écharpes et bonnets", 5},
    {"Maison", -1},
    {"Bougies", 8},
    {"Art de la table", 8},
    {"Linge de maison", 8},
    {"Épicerie fine", -1},
    {"Thés et cafés", 12},
    {"Douceurs", 12},
    {"Beauté", -1},
};
const int kCategoryCount = int(std::size(kCategories));

const ProductType kProductTypes[] = {
    {"T-shirt", "TSH", 1, 1, true, 1490, 3990, 2000, 180},
    {"Débardeur", "DEB", 1, 1, true, 1290, 2990, 2000, 140},
    {"Pull", "PUL", 2, 1, true, 3990, 11990, 2000, 450},
    {"Gilet", "GIL", 2, 1, true, 3490, 9990, 2000, 400},
    {"Robe", "ROB", 3, 1, true, 3990, 14990, 2000, 350},
    {"Bottines", "BOT", 4, 2, true, 6990, 18990, 2000, 900},
    {"Baskets", "BAS", 4, 2, true, 4990, 12990, 2000, 800},
    {"Sandales", "SAN", 4, 2, true, 2990, 8990, 2000, 500},
    {"Sac cabas", "SAC", 6, 0, true, 2490, 8990, 2000, 600},
    {"Pochette", "POC", 6, 0, true, 1490, 4990, 2000, 200},
    {"Écharpe", "ECH", 7, 0, true, 1990, 5990, 2000, 200},
    {"Bonnet", "BON", 7, 0, true, 1490, 3490, 2000, 120},
    {"Bougie parfumée", "BOU", 9, 0, false, 990, 3990, 2000, 350},
    {"Mug", "MUG", 10, 0, true, 990, 2490, 2000, 400},
    {"Bol", "BOL", 10, 0, true, 890, 2290, 2000, 350},
    {"Coussin", "COU", 11, 0, true, 1990, 5990, 2000, 500},
    {"Plaid", "PLA", 11, 0, true, 3990, 11990, 2000, 1200},
    {"Thé", "THE", 13, 3, false, 590, 2490, 550, 150},
    {"Café", "CAF", 13, 3, false, 690, 2990, 550, 280},
    {"Confiture", "CON", 14, 0, false, 490, 1290, 550, 370},
    {"Miel", "MIE", 14, 3, false, 790, 2490, 550, 400},
    {"Savon", "SAV", 15, 0, false, 490, 1490, 2000, 120},
    {"Crème", "CRE", 15, 0, false, 1490, 4990, 2000, 150},
};
const int kProductTypeCount = int(std::size(kProductTypes));

const char* const kQualifiers[]
    = {"Éco", "en lin", "coton bio", "vintage", "bretonne", "de Provence", "montagne", "rayé", "classique", "oversize",
        "artisanal", "brodé", "fleuri", "d'hiver", "d'été", "marinière", "en laine", "recyclé", "camarguais", "basque"};
const int kQualifierCount = int(std::size(kQualifiers));

const char* const kModelNames[] = {"Camille", "Léon", "Azur", "Céleste", "Océane", "Jules", "Iris", "Noé", "Lison",
    "Gaspard", "Mistral", "Sorbet", "Capucine", "Hélène", "Émile", "Zéphyr", "Bastide", "Garance", "Félix", "Rosalie",
    "Marius", "Anémone", "Corail", "Sauge"};
const int kModelNameCount = int(std::size(kModelNames));

const char* const kColours[] = {"Noir", "Blanc", "Bleu marine", "Camel", "Rouge", "Vert sauge", "Écru", "Gris", "Rose"};
const int kColourCount = int(std::size(kColours));
const char* const kClothingSizes[] = {"XS", "S", "M", "L", "XL"};
const int kClothingSizeCount = int(std::size(kClothingSizes));
const char* const kShoeSizes[] = {"36", "37", "38", "39", "40", "41", "42", "43", "44", "45"};
const int kShoeSizeCount = int(std::size(kShoeSizes));
const char* const kWeights[] = {"100 g", "250 g", "500 g"};
const int kWeightCount = int(std::size(kWeights));

const char* const kFirstNames[] = {"Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Clara",
    "Louise", "Alice", "Zoé", "Anaïs", "Élodie", "Marie", "Nathalie", "Sophie", "Isabelle", "Céline", "Aurélie",
    "Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Théo", "Louis", "Gabriel", "Arthur", "Paul",
    "Mathieu", "François", "Benoît", "Jérôme", "Sébastien", "Olivier", "Pierre", "Yann"};
const int kFirstNameCount = int(std::size(kFirstNames));

const char* const kLastNames[]
    = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
        "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Le Gall", "Kerjean",
        "Nguyen", "Fontaine", "Chevalier", "Rousseau", "Blanc", "Guérin", "Muller", "Henry"};
const int kLastNameCount = int(std::size(kLastNames));

const char* const kStreets[] = {"rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Pasteur",
    "rue des Lilas", "place du Marché", "chemin des Vignes", "rue de la Gare", "allée des Tilleuls", "rue du Moulin",
    "impasse des Roses", "avenue de Verdun", "rue Nationale", "quai des Chartrons", "rue de l'Église"};
const int kStreetCount = int(std::size(kStreets));

const City kCities[] = {
    {"75011", "Paris", "FR"},
    {"75015", "Paris", "FR"},
    {"69003", "Lyon", "FR"},
    {"13006", "Marseille", "FR"},
    {"31000", "Toulouse", "FR"},
    {"33000", "Bordeaux", "FR"},
    {"44000", "Nantes", "FR"},
    {"59000", "Lille", "FR"},
    {"67000", "Strasbourg", "FR"},
    {"35000", "Rennes", "FR"},
    {"34000", "Montpellier", "FR"},
    {"06000", "Nice", "FR"},
    {"29200", "Brest", "FR"},
    {"21000", "Dijon", "FR"},
    {"37000", "Tours", "FR"},
    {"49000", "Angers", "FR"},
    {"63000", "Clermont-Ferrand", "FR"},
    {"87000", "Limoges", "FR"},
    {"64200", "Biarritz", "FR"},
    {"74000", "Annecy", "FR"},
    {"56100", "Lorient", "FR"},
    {"20000", "Ajaccio", "FR"},
    {"97400", "Saint-Denis", "FR"},
    {"38000", "Grenoble", "FR"},
    {"1000", "Bruxelles", "BE"},
    {"4000", "Liège", "BE"},
    {"1204", "Genève", "CH"},
    {"L-1611", "Luxembourg", "LU"},
    {"10115", "Berlin", "DE"},
    {"28013", "Madrid", "ES"},
    {"20121", "Milano", "IT"},
    {"1012", "Amsterdam", "NL"},
};
const int kCityCount = int(std::size(kCities));

const char* const kMailDomains[] = {"gmail.com", "orange.fr", "free.fr", "hotmail.fr", "yahoo.fr", "laposte.net",
    "sfr.fr", "outlook.fr", "icloud.com", "wanadoo.fr"};
const int kMailDomainCount = int(std::size(kMailDomains));

const char* const kSupplierNames[] = {"Tissages du Nord", "Atelier Bretagne", "Filature des Vosges", "Cuirs de Romans",
    "Manufacture Lyonnaise", "Céramiques de Provence", "Cirerie Parisienne", "Maison du Thé d'Auvergne",
    "Torréfaction Bordelaise", "Confitures du Périgord", "Rucher des Cévennes", "Savonnerie Marseillaise",
    "Laboratoire Alpin", "Linge Basque Import", "Chausseurs de Mauléon", "Maroquinerie Angevine"};
const int kSupplierNameCount = int(std::size(kSupplierNames));

} // namespace comptoir::demo
