// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCareers.h"

#include "careers/RomeReferentialStore.h"
#include "domain/Vocabulary.h"

#include <QSet>

namespace {

struct Domain
{
    const char *code;
    const char *label;
};

// Domaines professionnels of the ROME that the demo sheets belong to.
const Domain domains[] = {
    {"A11", "Engins agricoles et forestiers"},
    {"A12", "Espaces naturels et espaces verts"},
    {"A15", "Soins aux animaux"},
    {"B16", "Métal, verre, bijouterie et horlogerie"},
    {"B18", "Tissu et cuirs"},
    {"C12", "Banque"},
    {"C15", "Immobilier"},
    {"D11", "Commerce alimentaire et métiers de bouche"},
    {"D15", "Grande distribution"},
    {"E11", "Edition et communication"},
    {"F16", "Second œuvre"},
    {"F17", "Travaux et gros œuvre"},
    {"G12", "Animation d'activités de loisirs"},
    {"G16", "Production culinaire"},
    {"G17", "Accueil en hôtellerie"},
    {"G18", "Service"},
    {"H29", "Mécanique, travail des métaux et outillage"},
    {"H33", "Préparation et conditionnement"},
    {"I13", "Équipements industriels et d'exploitation"},
    {"I16", "Maintenance d'engins et de matériels"},
    {"J13", "Assistance médico-technique"},
    {"J15", "Soins paramédicaux"},
    {"K12", "Action sociale, socio-éducative et socio-culturelle"},
    {"K13", "Aide à la vie quotidienne"},
    {"K22", "Nettoyage et propreté industriels"},
    {"L11", "Animation de spectacles"},
    {"L15", "Techniques du spectacle"},
    {"M12", "Comptabilité et gestion"},
    {"M16", "Secrétariat et assistance"},
    {"M18", "Systèmes d'information et de télécommunication"},
    {"N11", "Magasinage, manutention des charges et déménagement"},
    {"N41", "Personnel de la conduite du transport routier"},
};

// Lists are separated by "|". Codes and labels are the ROME's; the texts are Sillage's own, short on purpose.
struct Sheet
{
    const char *code;
    const char *label;
    const char *appellations;
    const char *definition;
    const char *access;
    const char *knowHow;
    const char *softSkills;
    const char *knowledge;
};

const Sheet sheets[] = {
    {"A1101", "Conduite d'engins agricoles et forestiers", "Conducteur / Conductrice d'engins agricoles|Tractoriste",
     "Conduit tracteurs et machines pour les travaux des champs ou de la forêt.\nRègle et entretient les engins.",
     "Accessible avec un CAP ou un Bac pro agricole.\nLe permis C est un atout.",
     "Conduire un engin agricole|Atteler et régler un outil|Entretenir le matériel", "Autonomie|Vigilance",
     "Règles de sécurité des engins|Calendrier des cultures"},
    {"A1203", "Aménagement et entretien des espaces verts", "Jardinier / Jardinière d'espaces verts|Paysagiste",
     "Entretient et aménage parcs, jardins et abords d'immeubles.\nTond, taille, plante et arrose selon les saisons.",
     "Accessible avec un CAP Jardinier paysagiste.\nLe permis B est souvent demandé.",
     "Tondre et débroussailler|Tailler arbres et haies|Planter des végétaux", "Travail en équipe|Endurance",
     "Reconnaissance des végétaux|Utilisation des outils à moteur"},
    {"A1501", "Aide aux soins animaux", "Soigneur / Soigneuse d'animaux|Auxiliaire de santé animale",
     "Nourrit les animaux et nettoie box, cages et enclos.\nSignale tout signe de maladie.",
     "Accessible sans diplôme avec une première expérience; un CAPA est apprécié.",
     "Distribuer la nourriture|Nettoyer les locaux d'élevage|Observer le comportement des animaux",
     "Patience|Sens de l'observation", "Besoins des espèces|Règles d'hygiène en élevage"},
    {"B1601", "Métallerie d'art", "Ferronnier / Ferronnière d'art|Métallier / Métallière d'art",
     "Crée ou restaure grilles, rampes et objets décoratifs en métal.\nForge, cintre et assemble les pièces.",
     "Accessible avec un CAP Ferronnier d'art, puis un Brevet des métiers d'art.",
     "Forger le métal|Souder et assembler|Lire un plan", "Créativité|Minutie",
     "Propriétés des métaux|Histoire des styles décoratifs"},
    {"B1806", "Tapisserie - décoration en ameublement", "Tapissier / Tapissière d'ameublement|Tapissier décorateur",
     "Garnit et recouvre sièges et lits, confectionne rideaux et tentures.\nConseille le client sur les tissus.",
     "Accessible avec un CAP Tapissier d'ameublement.", "Garnir un siège|Couper et coudre un tissu|Poser des tentures",
     "Soin du détail|Sens esthétique", "Tissus et garnitures|Techniques traditionnelles de garniture"},
    {"C1206", "Gestion de clientèle bancaire",
     "Conseiller / Conseillère de clientèle bancaire|Chargé / Chargée d'accueil "
     "en banque",
     "Accueille les clients d'une agence et leur propose comptes, crédits et placements.\nSuit un portefeuille de "
     "clients.",
     "Accessible avec un BTS Banque ou un Bac+2 commercial.",
     "Conduire un entretien client|Présenter une offre|"
     "Analyser une situation financière",
     "Sens de la relation client|Discrétion", "Produits bancaires|Règles de conformité"},
    {"C1504", "Transaction immobilière",
     "Négociateur / Négociatrice immobilier|Agent commercial / Agente commerciale "
     "en immobilier",
     "Trouve des biens à vendre ou à louer et organise les visites.\nAccompagne la vente jusqu'à la signature.",
     "Accessible avec un BTS Professions immobilières ou une expérience commerciale.",
     "Estimer un bien|Organiser une visite|Négocier un prix", "Aisance relationnelle|Persévérance",
     "Droit immobilier|Marché local du logement"},
    {"D1102", "Boulangerie - viennoiserie", "Boulanger / Boulangère|Boulanger-pâtissier / Boulangère-pâtissière",
     "Prépare, façonne et cuit pains et viennoiseries.\nVeille à la qualité et à l'hygiène du fournil.",
     "Accessible avec un CAP Boulanger.\nUn BP Boulanger permet de s'installer.",
     "Pétrir la pâte|Façonner les pains|Conduire la cuisson", "Rigueur|Résistance à la fatigue",
     "Techniques de panification|Normes HACCP"},
    {"D1106", "Vente en alimentation", "Vendeur / Vendeuse en alimentation|Vendeur / Vendeuse en fromagerie",
     "Conseille et sert les clients d'un commerce alimentaire.\nMet en valeur les produits et tient la caisse.",
     "Accessible sans diplôme; un CAP Équipier polyvalent du commerce est un plus.",
     "Conseiller un client|Découper et peser les produits|Encaisser un paiement", "Amabilité|Sens du service",
     "Règles d'hygiène alimentaire|Connaissance des produits"},
    {"D1505", "Personnel de caisse", "Hôte / Hôtesse de caisse|Caissier / Caissière",
     "Enregistre les achats des clients et encaisse les paiements.\nRenseigne les clients et tient sa caisse.",
     "Accessible sans diplôme ni expérience.", "Enregistrer les articles|Encaisser|Contrôler sa caisse",
     "Amabilité|Concentration", "Moyens de paiement|Calcul commercial"},
    {"D1507", "Mise en rayon libre-service", "Employé / Employée de libre-service|Employé / Employée de rayon",
     "Approvisionne les rayons d'un magasin et vérifie prix et dates.\nRenseigne les clients.",
     "Accessible sans diplôme; un CAP Équipier polyvalent du commerce est apprécié.",
     "Mettre en rayon|Étiqueter les produits|Contrôler les dates de consommation", "Organisation|Sens du service",
     "Règles de rotation des produits|Gestes et postures de manutention"},
    {"E1101", "Animation de site multimédia", "Community manager|Animateur / Animatrice de site web",
     "Fait vivre un site ou des réseaux sociaux: publie, modère et répond aux internautes.\nSuit l'audience.",
     "Accessible avec un Bac+2 ou Bac+3 en communication ou multimédia.",
     "Rédiger un contenu web|Modérer une communauté|Analyser une audience", "Créativité|Réactivité",
     "Réseaux sociaux|Règles de la publication en ligne"},
    {"E1103", "Communication", "Chargé / Chargée de communication|Assistant / Assistante de communication",
     "Conçoit et diffuse les messages d'une organisation.\nPrépare supports, événements et relations presse.",
     "Accessible avec un Bac+2 à Bac+5 en communication.",
     "Rédiger un communiqué|Organiser un événement|Concevoir un support", "Aisance rédactionnelle|Curiosité",
     "Techniques de communication|Chaîne graphique"},
    {"F1602", "Électricité bâtiment",
     "Électricien / Électricienne du bâtiment|Électricien installateur / Électricienne "
     "installatrice",
     "Installe et raccorde les réseaux électriques des logements et bureaux.\nMet en service et contrôle "
     "l'installation.",
     "Accessible avec un CAP Électricien.\nUne habilitation électrique est obligatoire.",
     "Tirer des câbles|Raccorder un tableau électrique|Lire un schéma électrique", "Rigueur|Prudence",
     "Normes électriques|Règles de sécurité électrique"},
    {"F1603", "Installation d'équipements sanitaires et thermiques", "Plombier / Plombière|Chauffagiste",
     "Installe canalisations, sanitaires et chauffage.\nDépanne et entretient les équipements.",
     "Accessible avec un CAP Monteur en installations sanitaires ou thermiques.",
     "Poser des canalisations|Raccorder des sanitaires|Mettre en service une chaudière", "Autonomie|Sens du contact",
     "Lecture de plans|Normes de plomberie et de gaz"},
    {"F1606", "Peinture en bâtiment", "Peintre en bâtiment|Peintre décorateur / Peintre décoratrice",
     "Prépare murs et plafonds puis applique peintures et revêtements.\nProtège les lieux et nettoie le chantier.",
     "Accessible avec un CAP Peintre applicateur de revêtements.",
     "Préparer un support|Appliquer une peinture|Poser du papier peint", "Soin|Sens des couleurs",
     "Produits et outils de peinture|Sécurité sur échafaudage"},
    {"F1703", "Maçonnerie", "Maçon / Maçonne|Maçon coffreur / Maçonne coffreuse",
     "Construit fondations, murs et dalles.\nPrépare le mortier et le béton, monte les parpaings et les briques.",
     "Accessible avec un CAP Maçon.", "Monter un mur|Couler une dalle|Lire un plan", "Endurance|Travail en équipe",
     "Matériaux de construction|Sécurité sur chantier"},
    {"G1202", "Animation d'activités culturelles ou ludiques",
     "Animateur / Animatrice de loisirs|Animateur / "
     "Animatrice socioculturel",
     "Propose et encadre des activités de loisirs pour enfants, jeunes ou adultes.\nVeille à la sécurité du groupe.",
     "Accessible avec le BAFA pour débuter, puis un BPJEPS.", "Préparer une activité|Encadrer un groupe|Animer un jeu",
     "Dynamisme|Sens des responsabilités", "Réglementation des accueils collectifs de mineurs|Premiers secours"},
    {"G1602", "Personnel de cuisine", "Commis / Commise de cuisine|Cuisinier / Cuisinière",
     "Prépare les plats selon les fiches techniques.\nRange les produits et nettoie son poste.",
     "Accessible avec un CAP Cuisine.", "Éplucher et tailler les légumes|Cuire les aliments|Dresser une assiette",
     "Rapidité|Travail en équipe", "Normes HACCP|Techniques culinaires"},
    {"G1703", "Réception en hôtellerie", "Réceptionniste en hôtellerie|Night auditor",
     "Accueille les clients d'un hôtel, gère les réservations et les séjours.\nEncaisse les notes.",
     "Accessible avec un Bac pro ou un BTS en hôtellerie; l'anglais est demandé.",
     "Accueillir un client|Gérer une réservation|Encaisser une note", "Amabilité|Discrétion",
     "Logiciel de réservation|Anglais professionnel"},
    {"G1803", "Service en restauration", "Serveur / Serveuse en restauration|Commis / Commise de salle",
     "Accueille les clients, prend les commandes et sert les plats.\nDresse et débarrasse les tables.",
     "Accessible sans diplôme; un CAP Commercialisation et services en HCR est apprécié.",
     "Dresser une table|Prendre une commande|Servir à l'assiette", "Sens du service|Résistance au stress",
     "Carte et vins|Règles d'hygiène"},
    {"H2913", "Soudage manuel", "Soudeur / Soudeuse|Soudeur / Soudeuse TIG",
     "Assemble des pièces métalliques par soudage.\nContrôle l'aspect et la solidité des soudures.",
     "Accessible avec un CAP Réalisations industrielles en chaudronnerie ou soudage.",
     "Préparer les pièces|Souder à l'arc|Contrôler une soudure", "Précision|Concentration",
     "Procédés de soudage|Lecture de plans"},
    {"H3302", "Opérations manuelles d'assemblage, tri ou emballage",
     "Opérateur / Opératrice de conditionnement|"
     "Emballeur / Emballeuse",
     "Emballe, trie ou assemble des produits sur une ligne.\nVérifie la qualité et signale les défauts.",
     "Accessible sans diplôme ni expérience.", "Conditionner des produits|Trier des articles|Étiqueter des colis",
     "Rapidité|Régularité", "Consignes de qualité|Gestes et postures de manutention"},
    {"I1304", "Installation et maintenance d'équipements industriels et d'exploitation",
     "Technicien / Technicienne "
     "de maintenance industrielle|Mécanicien / Mécanicienne de maintenance",
     "Installe, entretient et dépanne les machines d'une usine.\nPlanifie l'entretien préventif.",
     "Accessible avec un Bac pro Maintenance des systèmes de production ou un BTS.",
     "Diagnostiquer une panne|Remplacer une pièce|Réaliser un entretien préventif", "Méthode|Réactivité",
     "Mécanique|Électrotechnique"},
    {"I1309", "Maintenance électrique",
     "Électricien / Électricienne de maintenance|Technicien / Technicienne de "
     "maintenance électrique",
     "Dépanne et entretient installations et équipements électriques.\nContrôle leur conformité.",
     "Accessible avec un Bac pro MELEC.\nUne habilitation électrique est obligatoire.",
     "Diagnostiquer une panne électrique|Remplacer un composant|Mesurer avec un multimètre", "Rigueur|Prudence",
     "Électrotechnique|Règles de sécurité électrique"},
    {"I1604", "Mécanique automobile",
     "Mécanicien / Mécanicienne automobile|Mécanicien / Mécanicienne de maintenance "
     "automobile",
     "Entretient et répare les véhicules légers.\nÉtablit un diagnostic avec les outils électroniques.",
     "Accessible avec un CAP Maintenance des véhicules.",
     "Faire une vidange|Remplacer des freins|Établir un diagnostic", "Méthode|Curiosité technique",
     "Mécanique automobile|Électronique embarquée"},
    {"J1301", "Personnel polyvalent des services hospitaliers", "Agent / Agente de services hospitaliers|ASH",
     "Nettoie chambres et locaux d'un établissement de santé.\nParticipe à la distribution des repas.",
     "Accessible sans diplôme; une formation à l'hygiène hospitalière est proposée.",
     "Nettoyer une chambre|Appliquer un protocole d'hygiène|Distribuer les repas", "Discrétion|Bienveillance",
     "Produits d'entretien|Risques infectieux"},
    {"J1501", "Soins d'hygiène, de confort du patient",
     "Aide-soignant / Aide-soignante|Aide-soignant / Aide-soignante "
     "en EHPAD",
     "Aide les patients dans la toilette, les repas et les déplacements.\nSurveille leur état avec l'infirmier.",
     "Accessible avec le diplôme d'État d'aide-soignant.\nLa formation dure environ un an.",
     "Réaliser une toilette|Aider au repas|Mesurer les paramètres vitaux", "Bienveillance|Travail en équipe",
     "Hygiène hospitalière|Gestes et postures de manutention"},
    {"J1506", "Soins infirmiers généralistes", "Infirmier / Infirmière|Infirmier / Infirmière en soins généraux",
     "Réalise les soins prescrits et surveille l'état des patients.\nÉduque les patients à la santé.",
     "Accessible avec le diplôme d'État d'infirmier (trois ans d'études).",
     "Réaliser un pansement|Administrer un traitement|Surveiller un patient", "Sang-froid|Écoute",
     "Pharmacologie|Anatomie"},
    {"K1207", "Intervention socioéducative",
     "Éducateur spécialisé / Éducatrice spécialisée|Moniteur-éducateur / "
     "Monitrice-éducatrice",
     "Accompagne des enfants, des jeunes ou des adultes en difficulté.\nConstruit avec eux un projet éducatif.",
     "Accessible avec le DE de moniteur-éducateur ou d'éducateur spécialisé.",
     "Conduire un entretien|Animer un atelier éducatif|Rédiger un rapport", "Écoute|Stabilité",
     "Protection de l'enfance|Psychologie du développement"},
    {"K1302", "Assistance auprès d'adultes", "Auxiliaire de vie|Aide à domicile",
     "Aide des personnes âgées ou handicapées dans les gestes de la vie quotidienne.\nFavorise leur autonomie.",
     "Accessible avec un DEAES ou un titre d'assistant de vie aux familles.",
     "Aider à la toilette|Préparer un repas|Entretenir le logement", "Bienveillance|Discrétion",
     "Besoins de la personne âgée|Gestes et postures"},
    {"K1303", "Assistance auprès d'enfants", "Assistant maternel / Assistante maternelle|Garde d'enfants à domicile",
     "Garde des enfants, veille à leur sécurité et à leur éveil.\nÉchange avec les parents.",
     "Agrément du département pour l'accueil chez soi; un CAP AEPE est apprécié.",
     "Préparer un repas d'enfant|Proposer des activités d'éveil|Assurer la sécurité", "Patience|Vigilance",
     "Développement de l'enfant|Premiers secours"},
    {"K2202", "Lavage de vitres", "Laveur / Laveuse de vitres|Laveur / Laveuse de vitres en hauteur",
     "Nettoie vitres, vitrines et façades vitrées.\nTravaille parfois en hauteur avec nacelle ou cordes.",
     "Accessible sans diplôme; les travaux en hauteur demandent une formation.",
     "Nettoyer une vitre|Utiliser une nacelle|Baliser une zone", "Prudence|Autonomie",
     "Sécurité en hauteur|Produits de nettoyage"},
    {"K2204", "Nettoyage de locaux", "Agent / Agente de propreté|Agent / Agente d'entretien",
     "Nettoie et entretient bureaux, commerces et parties communes.\nUtilise machines et produits adaptés.",
     "Accessible sans diplôme; un CAP Agent de propreté et d'hygiène est apprécié.",
     "Nettoyer un sol|Utiliser une autolaveuse|Trier les déchets", "Autonomie|Discrétion",
     "Produits de nettoyage|Règles de sécurité"},
    {"L1101", "Animation musicale et scénique", "Disc-jockey|Animateur / Animatrice de soirée",
     "Anime soirées et événements avec de la musique et des jeux.\nAdapte le programme au public.",
     "Accessible sans diplôme particulier; l'expérience compte.",
     "Enchaîner des morceaux|Animer un public|Installer une sono", "Aisance à l'oral|Énergie",
     "Répertoires musicaux|Matériel de sonorisation"},
    {"L1508", "Prise de son et sonorisation", "Technicien / Technicienne son|Sonorisateur / Sonorisatrice",
     "Installe et règle le matériel de son d'un spectacle ou d'un tournage.\nMixe le son en direct.",
     "Accessible avec un BTS Métiers de l'audiovisuel ou une formation de technicien son.",
     "Câbler une scène|Régler une console|Mixer en direct", "Concentration|Travail en équipe",
     "Acoustique|Sécurité des installations scéniques"},
    {"M1203", "Comptabilité", "Comptable|Aide-comptable",
     "Enregistre les opérations de l'entreprise et prépare les déclarations.\nParticipe au bilan.",
     "Accessible avec un Bac pro ou un BTS Comptabilité et gestion.",
     "Saisir une écriture|Rapprocher un relevé bancaire|Préparer une déclaration de TVA", "Rigueur|Discrétion",
     "Plan comptable|Logiciel de comptabilité"},
    {"M1602", "Opérations administratives", "Agent / Agente administratif|Employé / Employée administratif",
     "Traite courriers, dossiers et saisies d'une organisation.\nAccueille et renseigne le public.",
     "Accessible avec un Bac pro Assistance à la gestion des organisations.",
     "Classer des documents|Saisir des données|Accueillir au téléphone", "Organisation|Amabilité",
     "Bureautique|Règles de classement"},
    {"M1607", "Secrétariat", "Secrétaire|Secrétaire administratif / administrative",
     "Accueille, organise les agendas et rédige les courriers d'un service.\nSuit les dossiers administratifs.",
     "Accessible avec un Bac pro ou un titre de secrétaire assistant.",
     "Gérer un agenda|Rédiger un courrier|Accueillir un visiteur", "Organisation|Discrétion",
     "Bureautique|Orthographe et rédaction"},
    {"M1805", "Études et développement informatique",
     "Développeur / Développeuse informatique|Développeur / "
     "Développeuse web",
     "Conçoit, code et teste des logiciels ou des sites.\nCorrige les anomalies et documente son travail.",
     "Accessible avec un BTS SIO, un BUT Informatique ou une formation de développeur.",
     "Écrire un programme|Tester une application|Corriger une anomalie", "Logique|Curiosité",
     "Langages de programmation|Bases de données"},
    {"N1101", "Conduite d'engins de déplacement des charges", "Cariste|Conducteur / Conductrice de chariot élévateur",
     "Déplace, charge et range des marchandises avec un chariot élévateur.\nVérifie son engin chaque jour.",
     "Le CACES R489 est exigé; il s'obtient en quelques jours de formation.",
     "Conduire un chariot élévateur|Charger un camion|Ranger en hauteur", "Vigilance|Précision",
     "Règles de sécurité en entrepôt|Plan de stockage"},
    {"N1103", "Magasinage et préparation de commandes",
     "Préparateur / Préparatrice de commandes|Magasinier / "
     "Magasinière",
     "Prépare les commandes et range les marchandises en entrepôt.\nContrôle les quantités et les références.",
     "Accessible sans diplôme; le CACES est un plus.",
     "Préparer une commande|Utiliser un scanner|Ranger les marchandises", "Rapidité|Rigueur",
     "Gestes et postures de manutention|Gestion des stocks"},
    {"N4101", "Conduite de transport de marchandises sur longue distance",
     "Conducteur routier / Conductrice routière|"
     "Chauffeur / Chauffeuse poids lourd",
     "Transporte des marchandises en camion sur de longues distances.\nVérifie son chargement et son véhicule.",
     "Permis C ou CE et FIMO obligatoires.",
     "Conduire un poids lourd|Arrimer un chargement|Remplir les documents "
     "de transport",
     "Autonomie|Ponctualité", "Réglementation des temps de conduite|Sécurité routière"},
    {"N4105", "Conduite et livraison par tournées sur courte distance",
     "Chauffeur-livreur / Chauffeuse-livreuse|"
     "Livreur / Livreuse",
     "Livre colis et marchandises sur une tournée.\nCharge son véhicule et fait signer les bons.",
     "Le permis B suffit pour les utilitaires légers; le permis C pour les camions.",
     "Organiser une tournée|Charger un véhicule|Remettre un colis", "Ponctualité|Amabilité",
     "Code de la route|Gestes et postures de manutention"},
};

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Seven job titles a sheet, as the ROME has about 11 000 for 1 600 sheets.
constexpr int derivedAppellations = 7;

// More sheets made from the written ones, for benchmarks: each keeps the domain, text and skills of its model,
// with a code of that domain that no written sheet uses and a label and job titles of its own.
void addDerivedSheets(RomeReferential &referential, int sheetCount)
{
    const qsizetype written = referential.sheets.size();
    if (written == 0)
        return;
    QSet<QString> used;
    for (const RomeSheetData &sheet : std::as_const(referential.sheets))
        used.insert(sheet.code);
    int variant = 0;
    for (int number = 1; number <= 99 && referential.sheets.size() < sheetCount; ++number) {
        for (qsizetype m = 0; m < written && referential.sheets.size() < sheetCount; ++m) {
            RomeSheetData sheet = referential.sheets.at(m);
            sheet.code = sheet.domain + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
            if (used.contains(sheet.code))
                continue;
            used.insert(sheet.code);
            ++variant;
            sheet.label = QStringLiteral("%1, spécialité %2").arg(sheet.label).arg(variant);
            const QList<RomeAppellation> models = sheet.appellations;
            sheet.appellations.clear();
            for (int a = 0; a < derivedAppellations && !models.isEmpty(); ++a) {
                const RomeAppellation &model = models.at(a % models.size());
                const QString label = QStringLiteral("%1, option %2-%3").arg(model.label).arg(variant).arg(a + 1);
                sheet.appellations << RomeAppellation{{}, label, label.section(QLatin1String(" /"), 0, 0)};
            }
            referential.sheets << sheet;
        }
    }
}

} // namespace

DemoCareers::DemoCareers(Database &database) : m_database(database) {}

RomeReferential DemoCareers::referential(int sheetCount)
{
    RomeReferential referential;
    referential.version = QStringLiteral("demo");
    referential.demo = true;
    for (const Term &term : Vocabulary::terms(Vocabulary::List::RomeGrandDomain))
        referential.grandDomains.insert(term.code, term.label);
    for (const Domain &domain : domains)
        referential.domains.insert(QString::fromLatin1(domain.code), QString::fromUtf8(domain.label));
    for (const Sheet &s : sheets) {
        RomeSheetData sheet;
        sheet.code = QString::fromLatin1(s.code);
        sheet.label = QString::fromUtf8(s.label);
        sheet.grandDomain = sheet.code.left(1);
        sheet.domain = sheet.code.left(3);
        sheet.definition = QString::fromUtf8(s.definition);
        sheet.access = QString::fromUtf8(s.access);
        for (const QString &name : split(s.appellations))
            sheet.appellations << RomeAppellation{{}, name, name.section(QLatin1String(" /"), 0, 0)};
        const std::pair<int, const char *> rubriques[] = {{1, s.knowHow}, {2, s.softSkills}, {3, s.knowledge}};
        for (const auto &[rubrique, list] : rubriques) {
            for (const QString &skill : split(list))
                sheet.skills << RomeSkill{rubrique, {}, skill};
        }
        referential.sheets << sheet;
    }
    addDerivedSheets(referential, sheetCount);
    // Close jobs: the other sheets of the same domaine professionnel, as the ROME's mobilities often are.
    for (RomeSheetData &sheet : referential.sheets) {
        for (const RomeSheetData &other : std::as_const(referential.sheets)) {
            if (other.code != sheet.code && other.domain == sheet.domain)
                sheet.mobilities << other.code;
        }
    }
    return referential;
}

Result<int> DemoCareers::addWhenEmpty(int sheetCount)
{
    RomeReferentialStore store(m_database);
    auto version = store.currentVersion();
    if (!version)
        return version.error();
    if (!version->isEmpty())
        return 0;
    const RomeReferential demo = referential(sheetCount);
    auto stored = store.replace(demo);
    if (!stored)
        return stored.error();
    return int(demo.sheets.size());
}
