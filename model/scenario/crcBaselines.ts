// Each CRC's payment-by-results baseline, on the model's own measure. The real baselines are the
// CRCs' 2011 cohorts on the official measure (PRS CRC bulletins: 47.5% binary and 4.2 reoffences
// per reoffender nationally, REFERENCE.md); the model measures quarterly cohorts and its rates sit
// lower, so paying against the published figures would pay for a difference of method, not of
// practice. These are the model's own rates for the people TR gives to each CRC (low or medium
// RoSH, not MAPPA), in the 2012-2013 quarterly cohorts of the trusts scenario (before any TR effect),
// at scale 1, seed 20140601. Written by `npm run baselines` (scripts/crc-baselines.ts): do not edit.
// Indexed like CPAS (alphabetical).
export interface CrcBaseline {
  binaryRate: number;
  predictedRate: number;
  frequency: number;
}

export const CRC_BASELINES: readonly CrcBaseline[] = [
  { binaryRate: 0.3791, predictedRate: 0.4746, frequency: 4.1445 }, // Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire (14,620 people)
  { binaryRate: 0.3799, predictedRate: 0.47, frequency: 4.2373 }, // Bristol, Gloucestershire, Somerset and Wiltshire (12,015 people)
  { binaryRate: 0.3835, predictedRate: 0.4736, frequency: 4.2971 }, // Cheshire and Greater Manchester (23,262 people)
  { binaryRate: 0.3862, predictedRate: 0.4797, frequency: 4.2325 }, // Cumbria and Lancashire (10,782 people)
  { binaryRate: 0.3788, predictedRate: 0.4732, frequency: 4.268 }, // Derbyshire, Leicestershire, Nottinghamshire and Rutland (16,945 people)
  { binaryRate: 0.3883, predictedRate: 0.4766, frequency: 4.3865 }, // Dorset, Devon and Cornwall (8,509 people)
  { binaryRate: 0.3884, predictedRate: 0.4804, frequency: 4.1216 }, // Durham Tees Valley (7,477 people)
  { binaryRate: 0.386, predictedRate: 0.4844, frequency: 4.3224 }, // Essex (7,296 people)
  { binaryRate: 0.3853, predictedRate: 0.477, frequency: 4.1229 }, // Hampshire and Isle of Wight (8,871 people)
  { binaryRate: 0.386, predictedRate: 0.478, frequency: 4.1939 }, // Humberside, Lincolnshire and North Yorkshire (11,701 people)
  { binaryRate: 0.383, predictedRate: 0.4758, frequency: 4.274 }, // Kent, Surrey and Sussex (19,565 people)
  { binaryRate: 0.3829, predictedRate: 0.4742, frequency: 4.2737 }, // London (44,616 people)
  { binaryRate: 0.3844, predictedRate: 0.4768, frequency: 4.3581 }, // Merseyside (8,956 people)
  { binaryRate: 0.3713, predictedRate: 0.4728, frequency: 4.3731 }, // Norfolk and Suffolk (7,437 people)
  { binaryRate: 0.3756, predictedRate: 0.4672, frequency: 4.2233 }, // Northumbria (8,919 people)
  { binaryRate: 0.3897, predictedRate: 0.4816, frequency: 4.3303 }, // South Yorkshire (7,388 people)
  { binaryRate: 0.3835, predictedRate: 0.4806, frequency: 4.2251 }, // Staffordshire and West Midlands (22,047 people)
  { binaryRate: 0.3862, predictedRate: 0.4774, frequency: 4.3221 }, // Thames Valley (9,719 people)
  { binaryRate: 0.3774, predictedRate: 0.4754, frequency: 4.3485 }, // Wales (16,347 people)
  { binaryRate: 0.3873, predictedRate: 0.4779, frequency: 4.3097 }, // Warwickshire and West Mercia (8,411 people)
  { binaryRate: 0.3828, predictedRate: 0.4757, frequency: 4.1526 }, // West Yorkshire (13,248 people)
];
