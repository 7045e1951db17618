/**
 * The CRM import formats a list can be exported in, apart from the code that writes them: the
 * export bar shows these on every page, and loads the writer (and its CSV library) on a click.
 */
export const EXPORT_FORMATS = ['salesforce', 'hubspot', 'dynamics', 'zoho', 'generic'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Brand names are not translated; the generic format's label is (see the UI catalogue). */
export const FORMAT_NAMES: Record<Exclude<ExportFormat, 'generic'>, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  dynamics: 'Dynamics 365',
  zoho: 'Zoho CRM',
};
