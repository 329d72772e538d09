package io.techdir.generate;

/**
 * One French place of {@code /generate/places.csv}.
 *
 * @param city city as written on HelloWork ("Aix-en-Provence")
 * @param department department code ("13", "2A", "974")
 * @param region region name ("Provence-Alpes-Côte d'Azur")
 * @param franceTravail the city as France Travail writes it ("AIX EN PROVENCE")
 */
record Place(String city, String department, String region, String franceTravail) {
}
