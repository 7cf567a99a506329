// The demo portfolio: fake but plausible cases for the "load demo data" action, benchmarks and the server.
export { generateCase, generatePortfolio, iteratePortfolio, type DemoOptions, type PortfolioOptions } from './portfolio';
export { DEMO_BRANCHES, DEMO_OFFICERS, type DemoBranch, type DemoOfficer } from './branches';
export { Rng, WeightedTable, deriveSeed, hashSeed, type Seed } from './rng';
export { COMPOUND_SURNAMES, RARE_GIVEN_CHARS, RARE_SURNAMES, pickFullName, pickGivenName, pickSurname } from './names';
export { LOCALITIES, pickLocality, pickLocalityNear, type Locality } from './addresses';
export { residentIdCheckChar } from './residentId';
export { DEMO_STAFF } from './staff';
