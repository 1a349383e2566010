/**
 * Everyday words for the worlds of work (money, law, media, faith, sport, science) with O*NET's words,
 * and a field's or study's name with its practitioner ("astronomy": astronomer, "cosmetology": cosmetologist).
 * Read through `lay-words.ts`.
 */
export const FIELDS: Record<string, string> = {
  // Business and money
  company: 'company business organization', business: 'business organization', charity: 'nonprofit fundraising donor', donation: 'donor fundraising',
  money: 'financial', cash: 'cash money', debt: 'debt collection', loan: 'loan credit', budget: 'budget financial', fraud: 'fraud audit',
  stock: 'stock securities', retirement: 'retirement financial investment', claim: 'claim insurance',
  land: 'land property', bank: 'bank banking', number: 'numerical data accounting', math: 'mathematical',
  spreadsheet: 'spreadsheet data', paper: 'paperwork record', paperwork: 'record', file: 'file record', letter: 'mail correspondence',
job: 'employment', employee: 'employee worker', staff: 'staff personnel employee',
  // People, school and public life
  school: 'student school', class: 'class student', college: 'postsecondary college', university: 'postsecondary university',
  homework: 'tutor student', daycare: 'child care', visitor: 'visitor reception', front: 'reception', tourist: 'tour tourist travel',
  language: 'language interpret translate', spanish: 'spanish language', english: 'english language',
  law: 'legal law', court: 'court legal', crime: 'crime criminal', criminal: 'criminal crime suspect', dispute: 'dispute mediation arbitration',
  police: 'police law enforcement', jail: 'correctional inmate', prison: 'correctional inmate', prisoner: 'inmate correctional',
  parole: 'parole probation', probation: 'probation parole', border: 'border customs', army: 'military army', navy: 'military naval',
  war: 'military combat', government: 'government public',
  mayor: 'government elected executive', entrepreneur: 'owner business', overseas: 'foreign international', busted: 'repair',
  squeaky: 'repair', coffin: 'casket funeral', mummy: 'archeological ancient', pyramid: 'archeological ancient', volcano: 'geological geoscientist', volcanoes: 'geological geoscientist',
  highschool: 'secondary school', arena: 'sports athletic', mosque: 'religious', synagogue: 'religious', dorm: 'residence hall student',
  condo: 'condominium property', mansion: 'residential estate', paycheck: 'payroll', cheer: 'cheerleader athletic', dj: 'disc jockey',
  doctor: 'physician', lawyer: 'attorney legal', cop: 'police officer',
  church: 'religious clergy', religion: 'religious clergy', faith: 'religious clergy', pray: 'religious', god: 'religious', wedding: 'wedding event', party: 'event',
  trip: 'travel tour', vacation: 'travel',
  // Media, art and sport
  ad: 'advertising', ads: 'advertising', commercial: 'advertising commercial', video: 'video film', photo: 'photograph photographer',
  picture: 'photograph', drawing: 'drawing sketch illustration', news: 'news reporter', story: 'story news article', song: 'music song', band: 'music musician',
  movie: 'film motion picture', tv: 'television', radio: 'radio broadcast', art: 'art artistic', logo: 'logo graphic design',
  cartoon: 'animation cartoon', sport: 'sports athletic',   // Nature and science
  pet: 'animal', dog: 'animal dog', cat: 'animal', horse: 'animal horse', cow: 'cattle livestock dairy',
  whale: 'whale marine mammal wildlife', bird: 'bird avian wildlife', reptile: 'reptile wildlife', refugee: 'foreign language social',
  ferry: 'ferry vessel passenger', vineyard: 'vineyard grape crop',
  pig: 'livestock swine', chicken: 'poultry', cattle: 'cattle livestock', zoo: 'zoo animal', fish: 'fish fishing', wildlife: 'wildlife animal', poacher: 'wildlife game hunting violation',
  wild: 'wildlife', flower: 'floral flower', fruit: 'fruit crop harvest', vegetable: 'vegetable crop harvest', strawberry: 'fruit crop',
  apple: 'fruit crop', orange: 'fruit crop', berry: 'fruit crop', termite: 'pest',
  space: 'space aerospace', star: 'astronomy astronomer', planet: 'astronomy', weather: 'weather meteorological',
  rock: 'geological rock', fossil: 'fossil paleontology', dinosaur: 'fossil paleontology', earthquake: 'seismic', past: 'historical history',
  environment: 'environmental', pollution: 'pollution environmental',
  // Fields and studies: the practitioner's word
  biology: 'biologist biological', chemistry: 'chemist chemical', physics: 'physicist', astronomy: 'astronomer', geology: 'geoscientist geologist',
  economics: 'economist', statistics: 'statistician', mathematics: 'mathematician', history: 'historian',
  psychology: 'psychologist', sociology: 'sociologist', anthropology: 'anthropologist', archaeology: 'archeologist', archeology: 'archeologist',
  zoology: 'zoologist', botany: 'botanist plant', ecology: 'ecologist environmental', meteorology: 'meteorologist', paleontology: 'paleontologist',
  genetics: 'geneticist', microbiology: 'microbiologist', epidemiology: 'epidemiologist', criminology: 'criminal justice',
  architecture: 'architect', engineering: 'engineer', dentistry: 'dentist dental', pharmacology: 'pharmacist pharmacy',
  forestry: 'forester forest', agriculture: 'farmer agricultural', culinary: 'chef cook', horticulture: 'horticulture plant nursery',
  marketing: 'marketing manager', finance: 'financial analyst', management: 'manager', education: 'teacher education',
  hospitality: 'lodging hotel', tourism: 'travel', justice: 'police law enforcement', photography: 'photographer',
  fashion: 'fashion designer', theater: 'actor theatrical', journalism: 'reporter journalist', forensics: 'forensic science',
  cybersecurity: 'information security', kinesiology: 'exercise physiologist kinesiology', actuarial: 'actuary actuarial', entomology: 'entomologist insect', bug: 'insect pest entomologist', theology: 'clergy religious', ministry: 'clergy minister',
};
