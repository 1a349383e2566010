/**
 * Everyday names for jobs that O*NET titles do not use ("lunch lady", "shrink", "cabbie"), and
 * the specialists people name by what they treat ("heart doctor", "nurse who puts you to sleep").
 * Read through `lay-words.ts`.
 */
/** Only names no O*NET title has: where O*NET lists one ("Stewardess", "Busboy"), its occupation is the answer. */
export const JOB_NAMES: Record<string, string> = {
  'lunch lady': 'cafeteria cook', 'lunchroom lady': 'cafeteria cook', 'cafeteria lady': 'cafeteria cook', 'dinner lady': 'cafeteria cook',
  'lollipop lady': 'crossing guard', 'lollipop man': 'crossing guard', 'pizza guy': 'pizza delivery driver', 'pizza delivery guy': 'pizza delivery driver',
  'repo man': 'repossessor', 'paper boy': 'newspaper carrier', paperboy: 'newspaper carrier', 'paper girl': 'newspaper carrier',
  'cleaning lady': 'housekeeping cleaner', shrink: 'psychiatrist', 'tow truck guy': 'tow truck driver', 'bug man': 'exterminator',
  'bug guy': 'exterminator', 'pool guy': 'pool cleaner', 'mall cop': 'security guard', 'rent a cop': 'security guard',
  'mail lady': 'mail carrier', mailwoman: 'mail carrier', 'mail woman': 'mail carrier', 'mail guy': 'mail carrier', bellboy: 'bellhop',
  'tv guy': 'television repairer', 'cable guy': 'cable installer', 'ice cream truck guy': 'ice cream truck driver',
  'lawn guy': 'lawn care worker', 'yard guy': 'lawn care worker', 'computer guy': 'computer support specialist', 'it guy': 'computer support specialist',
  'car guy': 'automotive mechanic', 'ac guy': 'hvac mechanic', 'weather guy': 'meteorologist', 'weather lady': 'meteorologist',
  'money guy': 'financial advisor', 'numbers guy': 'accountant', 'tax guy': 'tax preparer', 'insurance guy': 'insurance agent',
  'dog groomer': 'pet groomer', 'baby sitter': 'babysitter', sitter: 'babysitter',
  'air hostess': 'flight attendant', 'cabin crew': 'flight attendant', physio: 'physical therapist', physiotherapy: 'physical therapist',
  'uber driver': 'taxi driver', 'lyft driver': 'taxi driver', 'rideshare driver': 'taxi driver', cabbie: 'taxi driver', medic: 'paramedic',
  'stock boy': 'stocker', 'shelf stacker': 'stocker', farmhand: 'farmworker', 'bean counter': 'accountant',
  'shop assistant': 'retail salesperson', 'checkout girl': 'cashier', 'au pair': 'nanny', youtuber: 'video content creator',
  vlogger: 'video content creator', 'bounty hunter': 'bail agent', 'elder care': 'elderly care', eldercare: 'elderly care',
};

/** The specialist a doctor is, named by what they treat; keys are everyday words for the body part, patient or treatment. */
export const DOCTORS: Record<string, string> = {
  heart: 'cardiologist', skin: 'dermatologist', acne: 'dermatologist', rash: 'dermatologist',
  kid: 'pediatrician', child: 'pediatrician', children: 'pediatrician', baby: 'pediatrician', babies: 'pediatrician', infant: 'pediatrician',
  eye: 'ophthalmologist', vision: 'ophthalmologist', bone: 'orthopedic surgeon', joint: 'orthopedic surgeon', knee: 'orthopedic surgeon',
  foot: 'podiatrist', feet: 'podiatrist', animal: 'veterinarian', pet: 'veterinarian', dog: 'veterinarian', cat: 'veterinarian',
  brain: 'neurologist', nerve: 'neurologist', headache: 'neurologist', seizure: 'neurologist',
  mental: 'psychiatrist', mind: 'psychiatrist', crazy: 'psychiatrist', depression: 'psychiatrist',
  woman: 'obstetrician gynecologist', women: 'obstetrician gynecologist', pregnant: 'obstetrician', pregnancy: 'obstetrician',
  sleep: 'anesthesiologist', anesthesia: 'anesthesiologist', numb: 'anesthesiologist',
  teeth: 'dentist', tooth: 'dentist', ear: 'audiologist', hearing: 'audiologist', allergy: 'allergist', allergies: 'allergist',
  bladder: 'urologist', urine: 'urologist', xray: 'radiologist', scan: 'radiologist', cancer: 'oncologist', tumor: 'oncologist',
  back: 'chiropractor', spine: 'chiropractor', sport: 'sports medicine physician', family: 'family medicine physician',
  emergency: 'emergency medicine physician', er: 'emergency medicine physician', hospital: 'hospitalist',
  surgery: 'surgeon', operation: 'surgeon',
};

/** The specialist a nurse is, named by what they do: "nurse who puts you to sleep" is a nurse anesthetist. */
export const NURSES: Record<string, string> = {
  sleep: 'nurse anesthetist', anesthesia: 'nurse anesthetist', numb: 'nurse anesthetist',
  birth: 'nurse midwife', deliver: 'nurse midwife', pregnant: 'nurse midwife',
  mental: 'psychiatric nurse', psych: 'psychiatric nurse', prescribe: 'nurse practitioner', diagnose: 'nurse practitioner',
};
