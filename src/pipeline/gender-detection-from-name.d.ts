/** The French given names of gender-detection-from-name, by lowercase name, with the gender it records. */
declare module "gender-detection-from-name/names/fr.js" {
  const names: ReadonlyMap<string, "male" | "female">;
  export default names;
}
