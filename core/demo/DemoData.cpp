// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoData.h"

namespace palmares::demo {

// clang-format off
const std::array<Archetype, 20> archetypes{{
    {{"Les Jardins de la Base", "Ferme des Hangars Verts", "Potager de Courcy"}, "01.13Z", "terrain", {"SCOP", "Association loi 1901"}, 0.8, 8000, 30000,
     {0.5, 0.7, 0.9, 0.6, 0.5}, "Maraîchage biologique sur sol vivant", {"invendus", "", ""}, {"compost", "dreches", "chaleur"}},
    {{"Brasserie du Terril", "Brasserie La Piste 112", "Brasserie des Aviateurs"}, "11.05Z", "atelier", {"SAS", "SARL"}, 0.1, 1620, 4680,
     {0.8, 0.5, 0.5, 0.4, 0.6}, "Brasserie artisanale et salle de dégustation", {"dreches", "chaleur", ""}, {"eaux_pluviales", "cartons", ""}},
    {{"Fournil des Champs", "Le Pain de la Base", "Boulangerie Levain & Cie"}, "10.71C", "atelier", {"SARL", "SCOP"}, 0.3, 540, 1620,
     {0.7, 0.5, 0.6, 0.4, 0.4}, "Boulangerie biologique au levain", {"chaleur", "invendus", ""}, {"dreches", "", ""}},
    {{"Menuiserie Copeaux & Cie", "L'Atelier du Bois Flotté", "Ébénisterie Réemploi Champagne"}, "16.23Z", "atelier", {"SAS", "SCOP"}, 0.3, 2160, 5400,
     {0.7, 0.5, 0.7, 0.5, 0.5}, "Menuiserie et fabrication de mobilier de réemploi", {"chutes_bois", "", ""}, {"palettes", "reemploi_btp", ""}},
    {{"Recyclerie de la Vesle", "La Ressourcerie 112", "Trocantons"}, "38.32Z", "stockage", {"Association loi 1901", "SCIC"}, 0.9, 2160, 5400,
     {0.5, 0.8, 0.9, 0.7, 0.5}, "Recyclerie et boutique solidaire", {"reemploi_btp", "metaux", "textiles"}, {"cartons", "palettes", ""}},
    {{"Cyclo'Base", "Atelier Vélo Rémois", "La Roue Libre"}, "95.29Z", "atelier", {"Association loi 1901", "SCOP"}, 0.8, 360, 1080,
     {0.5, 0.7, 0.7, 0.6, 0.4}, "Atelier participatif de réparation et location de vélos", {"metaux", "", ""}, {"materiel_partage", "formation", ""}},
    {{"Campus des Métiers Durables", "Formations Transitions Champagne", "École du Réemploi"}, "85.59A", "bureau", {"Association loi 1901", "SAS"}, 0.5, 720, 2160,
     {0.6, 0.9, 0.6, 0.5, 0.5}, "Centre de formation aux métiers de la transition", {"formation", "", ""}, {"salles_reunion", "", ""}},
    {{"Hangar Numérique", "Piste Digitale", "Cowork 112"}, "62.01Z", "bureau", {"SAS", "SARL"}, 0.1, 360, 1620,
     {0.8, 0.4, 0.4, 0.4, 0.4}, "Espace de coworking et agence numérique", {"chaleur", "salles_reunion", ""}, {"electricite_pv", "", ""}},
    {{"Collectif Tarmac", "Les Ateliers de la Tour de Contrôle", "Compagnie Envol"}, "90.03A", "mixte", {"Association loi 1901", "SCIC"}, 0.9, 1080, 3240,
     {0.4, 0.6, 0.5, 0.7, 0.9}, "Ateliers d'artistes et lieu de création", {"communication", "", ""}, {"reemploi_btp", "chutes_bois", ""}},
    {{"Le Mess Partagé", "Café de la Piste", "La Cantine 112"}, "56.10A", "restauration", {"SCIC", "SAS"}, 0.7, 540, 1620,
     {0.6, 0.7, 0.5, 0.7, 0.8}, "Tiers-lieu, café et restauration du site", {"biodechets", "huiles", ""}, {"invendus", "cuisine_partagee", ""}},
    {{"Les P'tits Aviateurs", "Crèche Ailes & Câlins", "Maison des Bambins"}, "88.91A", "service", {"SCIC", "Association loi 1901"}, 0.9, 450, 1260,
     {0.5, 0.9, 0.5, 0.7, 0.5}, "Crèche coopérative pour les familles du site", {"", "", ""}, {"cuisine_partagee", "", ""}},
    {{"Maison de Santé de la Base", "Pôle Santé Courcy", "Cabinet Santé Partagée"}, "86.21Z", "service", {"SAS", "SARL"}, 0.2, 720, 1800,
     {0.6, 0.9, 0.4, 0.4, 0.3}, "Maison de santé pluriprofessionnelle", {"", "", ""}, {"salles_reunion", "", ""}},
    {{"Paille & Terre Construction", "Bâtir Sain Champagne", "Éco-Chantiers du Nord-Est"}, "43.29A", "atelier", {"SARL", "SCOP"}, 0.4, 2160, 5400,
     {0.7, 0.6, 0.8, 0.5, 0.4}, "Entreprise d'éco-construction en matériaux biosourcés", {"reemploi_btp", "chutes_bois", ""}, {"reemploi_btp", "palettes", ""}},
    {{"Logicoop Marne", "Les Livreurs du Dernier Kilomètre", "Entrepôt Partagé 112"}, "52.10B", "stockage", {"SCOP", "SCIC"}, 0.8, 2700, 5400,
     {0.7, 0.6, 0.5, 0.7, 0.3}, "Coopérative de logistique mutualisée", {"livraisons", "stockage_partage", ""}, {"electricite_pv", "palettes", ""}},
    {{"Soleil de la Base", "Champagne Énergies Citoyennes", "Toits Solaires 112"}, "35.11Z", "bureau", {"SCIC", "SAS"}, 0.7, 110, 360,
     {0.7, 0.5, 0.9, 0.8, 0.4}, "Coopérative citoyenne de production solaire sur les toitures", {"electricite_pv", "", ""}, {"", "", ""}},
    {{"Habitat Partagé Les Pilotes", "Toit Solidaire", "Maisons d'Envol"}, "87.90B", "logement", {"Association loi 1901", "SCIC"}, 0.9, 1080, 3240,
     {0.4, 0.9, 0.6, 0.7, 0.5}, "Habitat inclusif et logements accompagnés", {"", "", ""}, {"cuisine_partagee", "chaleur", ""}},
    {{"Compost'Champagne", "Terre Féconde", "Les Composteurs de la Vesle"}, "38.21Z", "stockage", {"SCIC", "Association loi 1901"}, 0.8, 1100, 3600,
     {0.5, 0.6, 0.9, 0.6, 0.4}, "Plateforme de compostage des biodéchets du site", {"compost", "", ""}, {"biodechets", "fumier", ""}},
    {{"Chaleur Bois Locale", "Réseau Chaleur 112", "Bois Énergie Marne"}, "35.30Z", "atelier", {"SAS", "SCIC"}, 0.3, 900, 2160,
     {0.7, 0.4, 0.8, 0.5, 0.3}, "Chaufferie bois et réseau de chaleur du site", {"chaleur", "", ""}, {"chutes_bois", "palettes", ""}},
    {{"Les Bocaux de la Base", "Cuisine Mode d'Emploi Marne", "Légumerie Champenoise"}, "10.39A", "atelier", {"SCOP", "SAS"}, 0.6, 720, 2520,
     {0.7, 0.7, 0.6, 0.5, 0.4}, "Conserverie et légumerie d'insertion", {"biodechets", "marc", ""}, {"invendus", "chambres_froides", ""}},
    {{"Fil à Fil Atelier", "Retex Champagne", "Couture Solidaire 112"}, "13.99Z", "atelier", {"Association loi 1901", "SCOP"}, 0.8, 360, 1440,
     {0.5, 0.8, 0.7, 0.6, 0.6}, "Atelier de surcyclage textile", {"formation", "", ""}, {"textiles", "", ""}},
}};

const std::array<BuildingText, 40> buildings{{
    {"Poste de commandement", "bureau", 1.2},         {"Bâtiment administratif A", "bureau", 1.6},
    {"Bâtiment administratif B", "bureau", 1.4},       {"Mess des officiers", "restauration", 1.5},
    {"Mess des sous-officiers", "restauration", 1.1},  {"Infirmerie", "service", 0.8},
    {"Hangar H1", "atelier", 3.6},                     {"Hangar H2", "atelier", 3.4},
    {"Hangar H3", "stockage", 3.2},                    {"Hangar H4", "stockage", 3.0},
    {"Ateliers mécaniques", "atelier", 2.6},           {"Atelier de peinture", "atelier", 1.4},
    {"Magasin général", "stockage", 2.4},              {"Soute à matériel", "stockage", 1.0},
    {"Logements des cadres A", "logement", 1.3},       {"Logements des cadres B", "logement", 1.3},
    {"Pavillon des gardiens", "logement", 0.5},        {"Foyer du soldat", "service", 1.0},
    {"Gymnase", "service", 1.8},                        {"Salle de conférence", "mixte", 0.9},
    {"Tour de contrôle", "mixte", 0.6},                {"Bâtiment radar", "bureau", 0.5},
    {"Garage des véhicules", "stockage", 1.6},         {"Station de carburant", "stockage", 0.3},
    {"Central téléphonique", "bureau", 0.4},           {"Blanchisserie", "atelier", 0.7},
    {"Boulangerie militaire", "atelier", 0.6},         {"Chaufferie centrale", "atelier", 0.9},
    {"Poste de garde", "service", 0.3},                {"Bâtiment d'instruction", "bureau", 1.5},
    {"Dortoir 1", "logement", 1.2},                    {"Dortoir 2", "logement", 1.2},
    {"Hangar à avions H5", "mixte", 3.8},              {"Atelier électrique", "atelier", 0.8},
    {"Entrepôt frigorifique", "stockage", 0.9},        {"Chapelle", "service", 0.4},
    {"Parcelle agricole nord", "terrain", 12.0},       {"Parcelle agricole sud", "terrain", 10.0},
    {"Serres de l'ancienne pépinière", "terrain", 3.0}, {"Plateforme des pistes", "terrain", 8.0},
}};

const std::array<const char*, 40> firstNames{{
    "Camille", "Julien", "Sophie", "Thomas", "Claire", "Nicolas", "Élodie", "Mathieu", "Aurélie", "Antoine",
    "Nathalie", "Sébastien", "Isabelle", "Guillaume", "Émilie", "François", "Céline", "Pierre", "Hélène", "Laurent",
    "Marion", "Olivier", "Sandrine", "Damien", "Léa", "Hugo", "Chloé", "Maxime", "Manon", "Romain",
    "Anne", "Benoît", "Juliette", "Cédric", "Margaux", "Yannick", "Pauline", "Rachid", "Inès", "Karim"}};

const std::array<const char*, 40> lastNames{{
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
    "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas"}};

const std::array<const char*, 9> expertOrganisations{{
    "Mairie de Courcy", "Grand Reims", "Chambre de commerce et d'industrie de la Marne", "Banque des Territoires",
    "Cerema", "Chambre de métiers et de l'artisanat", "Ordre des architectes", "Chambre d'agriculture de la Marne",
    "SCIC foncière Microville 112"}};

// clang-format on

} // namespace palmares::demo
