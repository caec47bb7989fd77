/** Realistic names for sample and benchmark data, by language. */
export const NAMES = {
  hu: {
    given: ['Anna', 'Eszter', 'Zsófia', 'Katalin', 'Réka', 'Judit', 'Ildikó', 'Erzsébet', 'Gábor', 'László', 'István', 'Péter', 'Zoltán', 'Bence', 'Ádám', 'Tamás', 'Krisztina', 'Márta', 'Attila', 'Dávid'],
    family: ['Kovács', 'Szabó', 'Tóth', 'Nagy', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Lakatos', 'Takács', 'Juhász', 'Oláh', 'Mészáros', 'Simon', 'Rácz', 'Fekete'],
  },
  fi: {
    given: ['Aino', 'Helmi', 'Emma', 'Sofia', 'Venla', 'Maria', 'Liisa', 'Johanna', 'Juha', 'Mikko', 'Antti', 'Jukka', 'Timo', 'Matti', 'Eetu', 'Onni', 'Väinö', 'Päivi', 'Sanna', 'Ville'],
    family: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Ahonen', 'Kettunen', 'Räsänen', 'Väisänen', 'Lähteenmäki'],
  },
  en: {
    given: ['Olivia', 'Amelia', 'Grace', 'Hannah', 'Chloe', 'James', 'Oliver', 'George', 'Samuel', 'Daniel'],
    family: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Walker', 'Wright', 'Hughes'],
  },
} as const;
