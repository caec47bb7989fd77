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
  'sr-Latn': {
    given: ['Jelena', 'Milica', 'Ana', 'Ljiljana', 'Dragana', 'Snežana', 'Đurđa', 'Nataša', 'Marko', 'Nikola', 'Stefan', 'Đorđe', 'Miloš', 'Dušan', 'Nemanja', 'Ljubomir', 'Vuk', 'Čedomir', 'Žarko', 'Aleksandar'],
    family: ['Jovanović', 'Petrović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Ilić', 'Stanković', 'Pavlović', 'Milošević', 'Lazić', 'Čolić', 'Ćirić', 'Živković', 'Šarić', 'Ljubić', 'Njegovan', 'Džombić', 'Bošković', 'Kovačević'],
  },
  'sr-Cyrl': {
    given: ['Јелена', 'Милица', 'Ана', 'Љиљана', 'Драгана', 'Снежана', 'Ђурђа', 'Наташа', 'Марко', 'Никола', 'Стефан', 'Ђорђе', 'Милош', 'Душан', 'Немања', 'Љубомир', 'Вук', 'Чедомир', 'Жарко', 'Александар'],
    family: ['Јовановић', 'Петровић', 'Николић', 'Марковић', 'Ђорђевић', 'Стојановић', 'Илић', 'Станковић', 'Павловић', 'Милошевић', 'Лазић', 'Чолић', 'Ћирић', 'Живковић', 'Шарић', 'Љубић', 'Његован', 'Џомбић', 'Бошковић', 'Ковачевић'],
  },
  en: {
    given: ['Olivia', 'Amelia', 'Grace', 'Hannah', 'Chloe', 'James', 'Oliver', 'George', 'Samuel', 'Daniel'],
    family: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Walker', 'Wright', 'Hughes'],
  },
} as const;
