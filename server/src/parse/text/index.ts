export * from './chars';
export * from './fold';
export * from './quote-marks';
