/**
 * Google's default service accounts: the Compute Engine default account
 * (`<project number>-compute@developer.gserviceaccount.com`, Editor on the project by default)
 * and the App Engine default account (`<project id>@appspot.gserviceaccount.com`).
 */

export const DEFAULT_ACCOUNT = /-compute@developer\.gserviceaccount\.com|@appspot\.gserviceaccount\.com/;

/** Data sources that return a default account. */
export const DEFAULT_ACCOUNT_SOURCES: readonly string[] = ["google_compute_default_service_account", "google_app_engine_default_service_account"];

/** True when a string names a default account or refers to a data source that returns one. */
export function mentionsDefaultAccount(s: string): boolean {
  return DEFAULT_ACCOUNT.test(s) || DEFAULT_ACCOUNT_SOURCES.some((t) => s.includes(`data.${t}.`));
}
