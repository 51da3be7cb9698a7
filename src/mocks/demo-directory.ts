// The demo phone lookup service: who each demo number belongs to, and the numbers that
// show the other states by hand. Plain data, no msw, so the simulator can list the numbers
// without loading msw.
import { demoLookupOrigin, demoLookupPath, demoLookupService } from './demo-lookup-address.js';

// The service's address lives apart (demo-lookup-address.ts): the widget needs it, and
// importing this module from the widget would put every listing below in its first chunk.
export { demoLookupOrigin, demoLookupPath, demoLookupService };

/** Where the demo's workflow results and CRM pages "live"; links to nowhere, clearly fake. */
const crmOrigin = 'https://crm.handoff.example';

export const demoLogos = {
  sugarcrm: `${demoLookupOrigin}/logos/sugarcrm.svg`,
  odoo: `${demoLookupOrigin}/logos/odoo.svg`,
} as const;

/** How the demo service answers a number. Entries are raw JSON, as a service would send. */
export type DemoAnswer =
  | { kind: 'entries'; entries: readonly Record<string, unknown>[] }
  | { kind: 'slow'; afterMs: number; entries: readonly Record<string, unknown>[] }
  | { kind: 'unreachable' }
  | { kind: 'invalidJson'; body: string }
  | { kind: 'networkError' };

export interface DemoListing {
  /** E.164; the service is asked for the digits without `+`. */
  number: string;
  /** The same number as a person types it; what the simulator dials. */
  written: string;
  /** What trying this number shows, for people reading a list of demo numbers. */
  shows: string;
  answer: DemoAnswer;
}

const sugar = { crmName: 'SugarCRM', crmLogo: demoLogos.sugarcrm };

const emilyCarter = {
  name: 'Emily Carter',
  company: 'Chesapeake Freight Co.',
  contactUri: `${crmOrigin}/sugarcrm/contacts/c-20481733`,
  companyUri: `${crmOrigin}/sugarcrm/accounts/a-5531`,
  id: 'c-20481733',
  ...sugar,
  crmActions: ['CallFlow', 'CreateTicket', 'LogActivity'],
  customData: {
    'Account owner': 'Dana Whitfield',
    'Open tickets': 2,
    VIP: true,
    Language: 'English',
  },
};

// An older Odoo connector: the field names of earlier contract versions (`Name`,
// `ContactUri`…) and `customFields`, which the widget must read all the same.
const camilleDurand = {
  Name: 'Camille Durand',
  Company: 'Atelier Lumière',
  ContactUri: `${crmOrigin}/odoo/res.partner/4411`,
  CompanyUri: `${crmOrigin}/odoo/res.partner/4400`,
  Id: 4411,
  CrmName: 'Odoo',
  CrmLogo: demoLogos.odoo,
  CrmActions: ['CallFlow', 'LogActivity'],
  CustomFields: { Langue: 'Français', 'Dernière commande': '2025-02-11', 'Remise (%)': 12 },
};

const nguyenThiLan = {
  name: 'Nguyễn Thị Lan',
  company: 'Sài Gòn Logistics',
  contactUri: `${crmOrigin}/odoo/res.partner/5120`,
  id: '5120',
  crmName: 'Odoo',
  crmLogo: demoLogos.odoo,
  crmActions: ['CallFlow', 'CreateTicket'],
  customData: { 'Ngôn ngữ': 'Tiếng Việt', 'Khu vực': 'Hồ Chí Minh' },
};

const harutoSato = {
  name: '佐藤 陽翔 (Haruto Sato)',
  company: 'Sakura Robotics',
  contactUri: `${crmOrigin}/sugarcrm/contacts/c-20481857`,
  companyUri: `${crmOrigin}/sugarcrm/accounts/a-7702`,
  id: 'c-20481857',
  ...sugar,
  crmActions: ['CallFlow', 'LogActivity'],
  customData: { 言語: '日本語', 'Support plan': 'Premium' },
};

// A switchboard: three people behind one company number, from both CRMs, best first.
const alpenblick = [
  {
    name: 'Lukas Meier',
    company: 'Alpenblick AG',
    contactUri: `${crmOrigin}/sugarcrm/contacts/c-30114`,
    companyUri: `${crmOrigin}/sugarcrm/accounts/a-9120`,
    id: 'c-30114',
    ...sugar,
    crmActions: ['CallFlow', 'CreateTicket', 'LogActivity'],
    customData: { Abteilung: 'Einkauf', Sprache: 'Deutsch' },
  },
  {
    name: 'Sophie Brunner',
    company: 'Alpenblick AG',
    contactUri: `${crmOrigin}/sugarcrm/contacts/c-30115`,
    companyUri: `${crmOrigin}/sugarcrm/accounts/a-9120`,
    id: 'c-30115',
    ...sugar,
    crmActions: ['CallFlow', 'LogActivity'],
    customData: { Abteilung: 'Buchhaltung', Sprache: 'Deutsch' },
  },
  {
    name: 'Reto Zimmermann',
    company: 'Alpenblick AG',
    contactUri: `${crmOrigin}/odoo/res.partner/7781`,
    id: '7781',
    crmName: 'Odoo',
    crmLogo: demoLogos.odoo,
    crmActions: ['CallFlow', 'CreateTicket'],
    customData: { Abteilung: 'Technik', Sprache: 'Deutsch', Pikett: 'Ja' },
  },
];

/**
 * Long enough to outlast the 2 s default timeout, short enough that an agent who raises the
 * timeout sees the answer arrive.
 */
export const demoSlowAnswerMs = 5000;

/** The demo service's numbers. Any other number answers `200 []`: no match. */
export const demoDirectory: readonly DemoListing[] = [
  {
    number: '+14107934326',
    written: '+1 410-793-4326',
    shows: 'Emily Carter (SugarCRM), with custom data and three workflows',
    answer: { kind: 'entries', entries: [emilyCarter] },
  },
  {
    number: '+33123456789',
    written: '+33 1 23 45 67 89',
    shows: 'Camille Durand (Odoo), sent with older field names and customFields',
    answer: { kind: 'entries', entries: [camilleDurand] },
  },
  {
    number: '+84988888888',
    written: '+84 988 888 888',
    shows: 'Nguyễn Thị Lan (Odoo)',
    answer: { kind: 'entries', entries: [nguyenThiLan] },
  },
  {
    number: '+81312345678',
    written: '+81 3-1234-5678',
    shows: '佐藤 陽翔 (Haruto Sato) (SugarCRM)',
    answer: { kind: 'entries', entries: [harutoSato] },
  },
  {
    number: '+41446681800',
    written: '+41 44 668 18 00',
    shows: 'Alpenblick AG switchboard: three contacts share the number, the agent picks one',
    answer: { kind: 'entries', entries: alpenblick },
  },
  {
    number: '+12025550100',
    written: '+1 202-555-0100',
    shows: `a slow service: answers after ${demoSlowAnswerMs / 1000} s, so the lookup times out`,
    answer: {
      kind: 'slow',
      afterMs: demoSlowAnswerMs,
      entries: [
        {
          name: 'Jordan Hayes',
          company: 'Slowpoke Couriers',
          id: 'c-40001',
          ...sugar,
          crmActions: ['CallFlow'],
        },
      ],
    },
  },
  {
    number: '+12025550101',
    written: '+1 202-555-0101',
    shows: 'HTTP 404: the lookup service is unreachable (not "no match")',
    answer: { kind: 'unreachable' },
  },
  {
    number: '+12025550102',
    written: '+1 202-555-0102',
    shows: 'an answer that is not valid JSON: an error, never a crash',
    answer: { kind: 'invalidJson', body: '[{"name": "Broken Answer", "company": ' },
  },
  {
    number: '+12025550103',
    written: '+1 202-555-0103',
    shows: 'markup in the answer: shown as plain text; the javascript: and http: links are dropped',
    answer: {
      kind: 'entries',
      entries: [
        {
          name: '<img src=x onerror=alert(1)>',
          company: '<b>Markup & Co</b>',
          contactUri: 'javascript:alert(1)',
          companyUri: 'http://crm.handoff.example/insecure',
          id: 'c-666',
          crmName: 'Careless CRM',
          crmLogo: 'http://crm.handoff.example/logo.svg',
          crmActions: ['CallFlow', '../admin', 'Create Ticket'],
          customData: { Note: '<script>alert(1)</script>', Nested: { ignored: true } },
        },
      ],
    },
  },
  {
    number: '+12025550104',
    written: '+1 202-555-0104',
    shows: 'the service cannot be reached at all: "did not answer (network or CORS)"',
    answer: { kind: 'networkError' },
  },
];

/** The workflows the demo service runs, and the kind of record each one creates. */
export const demoWorkflows = {
  CallFlow: { prefix: 'CALL', page: 'calls' },
  CreateTicket: { prefix: 'TCK', page: 'tickets' },
  LogActivity: { prefix: 'ACT', page: 'activities' },
} as const;

export type DemoWorkflowName = keyof typeof demoWorkflows;

export function demoWorkflowRecordUrl(name: DemoWorkflowName, id: string): string {
  return `${crmOrigin}/records/${demoWorkflows[name].page}/${encodeURIComponent(id)}`;
}

export function findDemoListing(digits: string): DemoListing | undefined {
  return demoDirectory.find((listing) => listing.number === `+${digits}`);
}
