// Spanish is the one language whose words live in satellite assemblies: starting in es-US loads them, so
// that switching language later needs no reload. The page then speaks the person's language (app.js).
Blazor.start({ applicationCulture: "es-US" });
