/**
 * Everyday words for people, their bodies and their troubles, with O*NET's words: "baby" is an
 * infant, "sick" a patient, "injury" rehabilitation. Read through `lay-words.ts`.
 */
export const HEALTH: Record<string, string> = {
  // People cared for
  baby: 'infant newborn', kid: 'child children', toddler: 'child', teen: 'adolescent student', teenager: 'adolescent',
  parent: 'family', couple: 'marriage couple', married: 'marriage', marriage: 'marriage family', divorce: 'family divorce',
  grandma: 'elderly', grandpa: 'elderly', grandparent: 'elderly', retiree: 'elderly retirement', orphan: 'child welfare', tween: 'child adolescent',
  // "work with people": the public, customers and clients, when the query says no more of whom
  person: 'customer client public service social',
  puppy: 'animal dog', kitten: 'animal', parrot: 'bird animal', voter: 'election',
  old: 'elderly', elderly: 'elderly aged care companion', senior: 'elderly', disabled: 'disability disabilities care support', handicapped: 'disability disabilities care support', wheelchair: 'disability mobility',
  sick: 'patient illness', ill: 'patient illness', hospital: 'patient', foster: 'foster child welfare', homeless: 'shelter social',
  immigrant: 'foreign language', autism: 'autism developmental',
  // The mind
  sad: 'mental', depressed: 'mental depression', depression: 'depression mental', anxiety: 'anxiety mental', stress: 'mental stress',
  mind: 'mental psychological', think: 'cognitive mental psychological', feeling: 'emotional mental', behavior: 'behavioral behavior',
  alzheimers: 'dementia', adhd: 'behavioral', dyslexia: 'reading learning disability', lisp: 'speech',
  addict: 'substance abuse', addiction: 'substance abuse addiction', drug: 'drug substance', alcohol: 'alcohol substance',
  // The body
  teeth: 'dental teeth', tooth: 'dental teeth', braces: 'orthodontic orthodontist', eye: 'eye vision optical',
  glasses: 'eyeglasses optical lens', contact: 'lens', heart: 'cardiac heart cardiovascular', bone: 'bone orthopedic',
  feet: 'foot podiatric', foot: 'foot podiatric', skin: 'skin skincare dermatology', face: 'facial skin', facial: 'facial skincare',
  brain: 'brain neurological', lung: 'respiratory lung', breathing: 'respiratory breathing', breathe: 'respiratory breathing', breath: 'respiratory',
  ear: 'ear hearing', hearing: 'hearing audiology audiologist', deaf: 'sign language deaf hearing', blind: 'visually impaired',
  stutter: 'speech fluency', limb: 'prosthetic limb', prosthetic: 'prosthetic prosthetist',
  vein: 'venipuncture blood', blood: 'blood specimen venipuncture', leg: 'leg limb', arm: 'arm limb', fake: 'artificial', needle: 'injection venipuncture', hair: 'hair hairstylist', nail: 'nail manicurist',
  makeup: 'makeup cosmetic', haircut: 'hair barber', beard: 'barber',
  // Care and treatment
  drugstore: 'pharmacy', pharmacy: 'pharmacy pharmacist', shot: 'injection immunization', vaccine: 'immunization vaccine',
  flu: 'illness patient', fever: 'illness patient', cough: 'illness patient', covid: 'infectious disease', rash: 'skin',
  manicure: 'manicurist nail', pedicure: 'pedicurist nail', eyelash: 'cosmetology makeup', perm: 'hair', blowout: 'hair',
  crossfit: 'fitness exercise', skeleton: 'bone', nursinghome: 'nursing care facility',
  pill: 'medication', prescription: 'prescription medication', medicine: 'physician medical medication',
  xray: 'radiograph radiologic', scan: 'imaging', ultrasound: 'sonography ultrasound', vital: 'vital sign', lab: 'laboratory',
  cancer: 'oncology cancer', kidney: 'dialysis', birth: 'birth obstetric', pregnant: 'pregnancy obstetric', pregnancy: 'pregnancy obstetric',
  surgery: 'surgical surgery', surgeon: 'surgeon surgical', sleep: 'anesthesia', ambulance: 'ambulance emergency medical',
  injury: 'injury rehabilitation therapy', rehab: 'rehabilitation therapy', germ: 'microorganism microbiology', bacteria: 'bacteria microorganism microbiology',
  disease: 'disease epidemiology', gene: 'genetic genetics', dna: 'genetic genetics', autopsy: 'autopsy pathology',
  diet: 'dietary nutrition', nutrition: 'nutrition dietary', exercise: 'exercise fitness', workout: 'exercise fitness', yoga: 'yoga fitness exercise',
  pilates: 'fitness exercise', dead: 'deceased funeral', death: 'deceased funeral', corpse: 'deceased body',
};
