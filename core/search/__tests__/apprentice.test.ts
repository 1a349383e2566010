import { describe, expect, it } from 'vitest';
import { rankOccupations } from '../rank.ts';
import { buildSearchData } from '../search-data.ts';
import { openSearchData } from '../search-index.ts';

/** SOC codes apprentices and trainees with the occupation they train for, helpers apart (O*NET lists some apprentice titles under the helpers). */
const index = openSearchData(
  buildSearchData([
    { code: '47-2111.00', title: 'Electricians', description: 'Install and repair electrical wiring.', titles: ['Electrician', 'Journeyman Electrician', 'Wireman'], tasks: ['Connect wires to circuit breakers.'] },
    { code: '47-3013.00', title: 'Helpers--Electricians', description: 'Help electricians.', titles: ['Electrical Apprentice', 'Electrician Helper'], tasks: ['Carry tools for electricians.'] },
    { code: '17-2071.00', title: 'Electrical Engineers', description: 'Design electrical systems.', titles: ['Electrical Engineer', 'Electrical Design Engineer'], tasks: ['Design electrical equipment.'] },
    { code: '47-2152.00', title: 'Plumbers, Pipefitters, and Steamfitters', description: 'Install pipes.', titles: ['Plumber', 'Apprentice Plumber'], tasks: ['Install pipe systems.'] },
    { code: '47-3015.00', title: 'Helpers--Pipelayers, Plumbers, Pipefitters, and Steamfitters', description: 'Help plumbers.', titles: ['Plumber Helper'], tasks: ['Carry pipe.'] },
  ]),
);
const top = (query: string) => rankOccupations(index, query, 1)[0]?.code;

describe('apprentices and helpers', () => {
  it('ranks an apprentice or trainee with the trade, named by its noun or its adjective', () => {
    expect(top('Electrical Apprentice - Year 1')).toBe('47-2111.00');
    expect(top('Apprentice Plumber')).toBe('47-2152.00');
    expect(top('Electrician Trainee')).toBe('47-2111.00');
  });

  it('keeps a helper a helper', () => {
    expect(top('Electrician Helper')).toBe('47-3013.00');
    expect(top('Plumber Helper')).toBe('47-3015.00');
  });
});
