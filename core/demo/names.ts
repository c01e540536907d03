/** Word lists for organization and person names; combined so 1,000+ names stay distinct. */
export const ORG_FIRST = [
  'Acme', 'Northwind', 'Bluepeak', 'Silverline', 'Redwood', 'Ironbridge', 'Brightwater',
  'Crescent', 'Evergreen', 'Falcon', 'Granite', 'Harbor', 'Horizon', 'Juniper', 'Keystone',
  'Lakeside', 'Meridian', 'Nimbus', 'Oakmont', 'Pinnacle', 'Quantum', 'Riverbend', 'Summit',
  'Tidewater', 'Unity', 'Vanguard', 'Westfield', 'Zenith', 'Aurora', 'Beacon', 'Cobalt',
  'Delta', 'Ember', 'Fjord', 'Glacier', 'Helix', 'Indigo', 'Jade', 'Kestrel', 'Lumen',
  'Maple', 'Nova', 'Orchid', 'Polaris', 'Quarry', 'Sable', 'Terra', 'Umber', 'Vertex', 'Willow',
];
export const ORG_SECOND = [
  'Analytics', 'Bank', 'Logistics', 'Health', 'Retail', 'Systems', 'Foods', 'Energy',
  'Insurance', 'Media', 'Labs', 'Capital', 'Pharma', 'Travel', 'Motors', 'Apparel', 'Telecom',
  'Clinics', 'Outfitters', 'Software', 'Freight', 'Markets', 'Partners', 'Works', 'Council',
];
export const ORG_FORM = ['Inc', 'Ltd', 'GmbH', 'SA', 'BV', 'AG', 'LLC', 'Group', 'Co', 'Pty'];

export const FIRST_NAMES = [
  'Anna', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kira',
  'Luca', 'Maria', 'Nils', 'Olivia', 'Pedro', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera',
  'Wei', 'Ximena', 'Yusuf', 'Zoe', 'Amara', 'Bruno', 'Chloe', 'Dmitri', 'Emma', 'Felix',
];
export const LAST_NAMES = [
  'Andersen', 'Bauer', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hansen', 'Ito',
  'Jansen', 'Kowalski', 'Lopez', 'Müller', 'Nakamura', 'Okafor', 'Petrov', 'Rossi', 'Silva',
  'Tanaka', 'Urban', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zhang', 'Novak', 'Moreau', 'Patel',
];

/** Support agents, by group; fixed so resolution-time factors can depend on them. */
export const SUPPORT_GROUPS = [
  { id: 'tier1', name: 'Tier 1 Support', agents: ['Lena Vogel', 'Marco Bianchi', 'Aisha Khan'] },
  { id: 'tier2', name: 'Tier 2 Support', agents: ['Tom Becker', 'Sofia Lind'] },
  { id: 'billing', name: 'Billing Operations', agents: ['Grace Obi', 'Paul Martin'] },
  { id: 'engineering', name: 'Engineering Escalations', agents: ['Ravi Iyer', 'Hanna Berg'] },
] as const;

export type GroupId = (typeof SUPPORT_GROUPS)[number]['id'];

/** `Ünïcode Name` -> `unicode-name`, for tenant ids and e-mail local parts. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
