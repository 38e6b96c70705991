/** The export profiles shipped in resources/export/profiles.json, checked once when first used. */
import profilesFile from '../../resources/export/profiles.json';
import { profilesFileSchema, type ExportProfile } from '../../shared/export/profiles';
import { ServiceError } from '../../shared/result';

let loaded: readonly ExportProfile[] | null = null;

export function exportProfiles(): readonly ExportProfile[] {
  loaded ??= profilesFileSchema.parse(profilesFile).profiles;
  return loaded;
}

export function exportProfile(name: string): ExportProfile {
  const profile = exportProfiles().find((p) => p.name === name);
  if (!profile) throw new ServiceError('INVALID_INPUT', `There is no export profile called "${name}". The profiles are: ${exportProfiles().map((p) => p.name).join(', ')}.`);
  return profile;
}
