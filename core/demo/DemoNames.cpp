// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNames.h"

namespace DemoNames {

namespace {
QList<QString> fromUtf8(std::initializer_list<const char *> names)
{
    QList<QString> list;
    list.reserve(qsizetype(names.size()));
    for (const char *name : names)
        list << QString::fromUtf8(name);
    return list;
}
} // namespace

const QList<QString> &femaleFirstNames()
{
    static const QList<QString> names = fromUtf8({
        "Éloïse",      "Chloé",   "Léa",    "Inès",    "Zoé",     "Anaïs",   "Maëlys",   "Jade",
        "Louise",      "Emma",    "Manon",  "Camille", "Noémie",  "Océane",  "Héloïse",  "Clémence",
        "Adèle",       "Maëlle",  "Lina",   "Aïcha",   "Yasmine", "Sarah",   "Lou",      "Marie-Ange",
        "Anne-Sophie", "Céleste", "Éléa",   "Amélie",  "Justine", "Mélissa", "Bérénice", "Fatoumata",
        "Laurène",     "Solène",  "Gaëlle", "Rose",    "Romane",  "Nour",    "Ambre",    "Joséphine",
    });
    return names;
}

const QList<QString> &maleFirstNames()
{
    static const QList<QString> names = fromUtf8({
        "Noé",          "Maël",    "Jérôme",  "Théo",    "Lucas",    "Hugo",     "Nathan",   "Enzo",
        "Louis",        "Gabriel", "Raphaël", "Arthur",  "Mathéo",   "Timothée", "Loïc",     "Anaël",
        "Yanis",        "Rayan",   "Adam",    "Mohamed", "Ibrahima", "Kylian",   "Jules",    "Jean-Baptiste",
        "Pierre-Louis", "Benoît",  "Clément", "Gaëtan",  "Aurélien", "Bastien",  "Célestin", "Évan",
        "Lény",         "Malo",    "Titouan", "Sacha",   "Mamadou",  "Antoine",  "Léo",      "Noah",
    });
    return names;
}

const QList<QString> &lastNames()
{
    static const QList<QString> names = fromUtf8({
        "Martin",        "Bernard", "Lefèvre",  "Leroy",   "Moreau",     "Lemaître",  "Gauthier", "Lebrun",
        "Lecœur",        "Hébert",  "Lelièvre", "Marie",   "Le Goff",    "Le Bihan",  "Guérin",   "Fontaine",
        "Chevalier",     "N'Diaye", "Diallo",   "Benali",  "Haddad",     "Nguyen",    "Da Silva", "Ferreira",
        "Dupont-Lajoie", "Lecomte", "Poisson",  "Vautier", "Lefrançois", "Desbordes", "Delaunay", "Rivière",
        "Prévost",       "Besnard", "Lenoir",   "Boudier", "Hamel",      "Mauger",    "Jeanne",   "Osmont",
        "Duval",         "Lemoine", "Rousseau", "Benoît",  "Leclerc",    "Gosselin",  "Pépin",    "Saint-Martin",
        "D'Hérouville",  "Lévêque",
    });
    return names;
}

const QList<QString> &streets()
{
    static const QList<QString> names = fromUtf8({
        "rue de la Paix",
        "avenue du 6-Juin",
        "rue Saint-Jean",
        "place de l'Église",
        "chemin des Pêcheurs",
        "rue Guillaume-le-Conquérant",
        "boulevard Maréchal-Leclerc",
        "rue des Écoles",
        "allée des Tilleuls",
        "rue du Général-de-Gaulle",
        "impasse des Pommiers",
        "rue de Bretagne",
    });
    return names;
}

const QList<Commune> &communes()
{
    static const QList<Commune> list = {
        {"Caen", "14000"},
        {"Hérouville-Saint-Clair", "14200"},
        {"Bayeux", "14400"},
        {"Lisieux", "14100"},
        {"Vire Normandie", "14500"},
        {"Falaise", "14700"},
        {"Honfleur", "14600"},
        {"Ouistreham", "14150"},
        {"Mondeville", "14120"},
        {"Ifs", "14123"},
        {"Condé-en-Normandie", "14110"},
        {"Pont-l'Évêque", "14130"},
        {"Dives-sur-Mer", "14160"},
        {"Trouville-sur-Mer", "14360"},
        {"Villers-Bocage", "14310"},
        {"Colombelles", "14460"},
    };
    return list;
}

const QList<QString> &advisers()
{
    static const QList<QString> names = fromUtf8({
        "Sophie Lemarchand",
        "Karim Bensaïd",
        "Hélène Rouxel",
        "Thomas Guillou",
        "Nadia Ferhat",
        "Élodie Marais",
    });
    return names;
}

} // namespace DemoNames
