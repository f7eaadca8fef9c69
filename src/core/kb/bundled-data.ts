import englishCountries from 'i18n-iso-countries/langs/en.json';
import indonesianCountries from 'i18n-iso-countries/langs/id.json';
import countryAliases from './data/country-aliases.json';
import leadersWorld from './data/leaders-world.json';
import leadersOfficials from './data/leaders-officials.json';
import leadersExtra from './data/leaders-extra.json';
import leadersPartiesWorld from './data/leaders-parties-world.json';
import persons from './data/persons.json';
import organizations from './data/organizations.json';
import organizationsExtra from './data/organizations-extra.json';
import organizationsMarketsSports from './data/organizations-markets-sports.json';
import indonesiaStateMediaSports from './data/indonesia-state-media-sports.json';
import places from './data/places.json';
import placesExtra from './data/places-extra.json';
import placesExtra2 from './data/places-extra-2.json';
import worldPolitics2026 from './data/world-politics-2026.json';
import indonesiaRegions2025 from './data/indonesia-regions-2025.json';
import africaLatam2026 from './data/africa-latam-2026.json';
import legislaturesAsiaPacific2026 from './data/legislatures-asia-pacific-2026.json';
import businessTech2026 from './data/business-tech-2026.json';
import personsIndonesia2026 from './data/persons-indonesia-2026.json';
import europePolitics2026 from './data/europe-politics-2026.json';

/**
 * The data the bundled knowledge base is built from: country names in English and
 * Indonesian (i18n-iso-countries), Sorot's own aliases for them, and the curated files, in
 * the form the bundles carry them (rows; see scripts/kb-rows.js).
 */
export interface BundledData {
  englishCountries: unknown;
  indonesianCountries: unknown;
  countryAliases: unknown;
  files: unknown[];
}

const DATA: BundledData = {
  englishCountries: englishCountries.countries,
  indonesianCountries: indonesianCountries.countries,
  countryAliases,
  files: [places, placesExtra, placesExtra2, organizations, organizationsExtra, organizationsMarketsSports, indonesiaStateMediaSports, leadersWorld, leadersOfficials, leadersExtra, persons, leadersPartiesWorld, worldPolitics2026, indonesiaRegions2025, africaLatam2026, legislaturesAsiaPacific2026, businessTech2026, personsIndonesia2026, europePolitics2026],
};

/**
 * Here the data is part of the bundle, as in the CLI, the annotator threads and the tests.
 * The extension's bundles take `bundled-data.external.ts` instead (scripts/build.js), which
 * leaves the data in a file of its own that the extension reads on activation.
 */
export function bundledData(): BundledData {
  return DATA;
}

/** Nothing to load: the data came with the code. */
export function setBundledData(_data: BundledData): void {}

export function isBundledDataLoaded(): boolean {
  return true;
}
