/**
 * Everyday words for the things work is done on, and the places it is done in, with O*NET's words:
 * "car" is an automotive vehicle, "fridge" refrigeration, "casino" gambling. Read through `lay-words.ts`.
 */
export const THINGS: Record<string, string> = {
  // Vehicles and what they run on
  car: 'automotive vehicle automobile', truck: 'vehicle truck', auto: 'automotive', engine: 'engine motor', bike: 'bicycle',
  van: 'van vehicle', cab: 'taxi', brake: 'brake automotive', windshield: 'windshield glass automotive', dent: 'collision body',
  crash: 'collision accident', gas: 'fuel gas', gasoline: 'fuel gasoline', uber: 'taxi passenger',
  boat: 'vessel boat', plane: 'aircraft', airplane: 'aircraft', jet: 'aircraft', helicopter: 'helicopter aircraft', airport: 'airport aircraft',
  rv: 'recreational vehicle', rvs: 'recreational vehicle', motorhome: 'recreational vehicle', suv: 'vehicle automotive', bigrig: 'tractor trailer truck',
  pothole: 'pavement road repair', skyscraper: 'building', skateboard: 'recreation',
  subway: 'transit rail', railroad: 'rail railroad', cargo: 'cargo freight', bulldozer: 'bulldozer equipment', forklift: 'forklift industrial truck',
  // Homes, buildings and what is in them
  ac: 'air conditioning', aircon: 'air conditioning', conditioner: 'conditioning', heater: 'heating', furnace: 'heating',
  fridge: 'refrigeration appliance', refrigerator: 'refrigeration appliance', freezer: 'refrigeration', washer: 'appliance', dryer: 'appliance',
  stove: 'appliance range', oven: 'oven appliance', dishwasher: 'dishwasher appliance',
  house: 'residential building', home: 'residential home', building: 'building construction', apartment: 'apartment property',
  wood: 'wood carpentry', wire: 'wiring electrical', wiring: 'electrical wiring', electricity: 'electrical power', outlet: 'electrical',
  pipe: 'pipe plumbing', toilet: 'plumbing', sink: 'plumbing', leak: 'plumbing pipe', leaky: 'plumbing', drain: 'plumbing drain',
  roof: 'roof roofing', floor: 'floor flooring', window: 'window glass', brick: 'brick masonry', wall: 'wall drywall',   concrete: 'concrete cement', pool: 'pool swimming', lock: 'lock locksmith', key: 'key lock locksmith', chimney: 'chimney flue',
  septic: 'septic sewer', couch: 'furniture upholstery', sofa: 'furniture upholstery',
  light: 'lighting light', solar: 'solar photovoltaic', wind: 'wind turbine', oil: 'oil petroleum', rig: 'rig drilling oil',
  road: 'road highway', street: 'street road', blueprint: 'blueprint drafting', explosive: 'explosive blasting', bomb: 'explosive ordnance',
  dynamite: 'explosive blasting', coal: 'coal mining', dirt: 'earth excavation', asbestos: 'asbestos hazardous',
  // Machines, electronics and goods
  computer: 'computer software', code: 'programming software computer', coding: 'programming software', program: 'programming software',
  website: 'web website', site: 'website', app: 'application software mobile', internet: 'network internet', wifi: 'network wireless',
  laptop: 'computer', smartphone: 'cellular mobile phone', iphone: 'cellular mobile phone', webpage: 'web website',
  youtube: 'video online', instagram: 'social media', tiktok: 'social media', facebook: 'social media', twitter: 'social media',
  crypto: 'blockchain', bitcoin: 'blockchain', spaceship: 'spacecraft aerospace', rocket: 'rocket aerospace spacecraft missile',
  hack: 'security', hacker: 'security cyber', virus: 'security virus', cyber: 'cybersecurity information security',
  phone: 'telephone call', call: 'call telephone', cellphone: 'cellular telephone', cable: 'cable television',
  piano: 'piano musical instrument', guitar: 'guitar musical instrument', violin: 'violin musical instrument', clock: 'clock watch',
  robot: 'robotic', factory: 'production manufacturing plant', defect: 'defect quality',
  jewelry: 'jewelry jeweler', diamond: 'gem diamond jewelry', steel: 'steel metal',
  clothes: 'clothing garment apparel', dress: 'clothing garment', shoe: 'shoe footwear', fabric: 'fabric textile', cloth: 'fabric textile',   package: 'package parcel', box: 'package', shelf: 'stock shelves', stuff: 'merchandise',
  // Food and drink
  meal: 'food meal', drink: 'beverage', coffee: 'coffee beverage', pizza: 'pizza food', bread: 'bread bakery', burger: 'grill food fast',
  hamburger: 'grill food fast', cupcake: 'pastry bakery', taco: 'food cook', burrito: 'food cook', smoothie: 'beverage',
  latte: 'coffee barista', espresso: 'coffee barista', thru: 'drive fast food', jeans: 'clothing garment', sandwich: 'sandwich food', cake: 'pastry bakery',   // Places
  store: 'store retail', shop: 'store retail', grocery: 'grocery store', mall: 'retail store', restaurant: 'restaurant food service',
  bar: 'bar bartender', table: 'table dining', kitchen: 'kitchen food', cafeteria: 'cafeteria food',
  diner: 'restaurant food', coffeeshop: 'coffee barista', pub: 'bar bartender', foodtruck: 'food truck cook',
  barbershop: 'barber', bodyshop: 'collision body automotive', firehouse: 'fire', observatory: 'astronomy', cubicle: 'office',
  hotel: 'hotel lodging', casino: 'gambling casino gaming', museum: 'museum exhibit',   salon: 'salon hair cosmetology', gym: 'fitness', stage: 'stage theater', camp: 'camp recreation',
  outside: 'outdoor nature', outdoor: 'nature forest park wildlife grounds', nature: 'natural outdoor', forest: 'forest forestry',
  ocean: 'marine ocean', sea: 'marine', underwater: 'underwater diving', aquarium: 'aquarium aquatic', park: 'park recreation',
  farm: 'farm crop', ranch: 'ranch livestock', garden: 'plant garden', yard: 'lawn grounds', lawn: 'lawn grounds', grass: 'lawn',
  trash: 'refuse', garbage: 'refuse', recycling: 'recyclable',
};
