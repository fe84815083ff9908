using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;

namespace CeuRules.Json;

/// <summary>
/// The JSON Schemas (draft 2020-12) of every document CeuRules reads or writes, embedded in this
/// assembly so that a document can be validated before it is sent, by any JSON Schema validator.
/// </summary>
/// <remarks>
/// <para>The same files are in the package's <c>schemas/</c> folder and in the repository's
/// <c>docs/schemas/</c>, named <c>NAME.schema.json</c>. Each schema's <c>$id</c> is
/// <c>urn:ceurules:schema:NAME</c>; the batch line schema refers to the transcript schema by that id,
/// so a validator needs both.</para>
/// <para>The input schemas (transcript, batch line, course catalog, policy) refuse fields the format does
/// not have; the output schemas (evaluation result, batch report, catalog validation, policy listing, recommendation) accept further fields, which later
/// versions may add.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class JsonSchemas
{
    /// <summary>The input document: a person's certifications and activities (<see cref="TranscriptJsonReader"/>).</summary>
    public const string Transcript = "transcript";

    /// <summary>The result document (<see cref="EvaluationJsonWriter"/>, <c>ceurules evaluate --format json</c>).</summary>
    public const string EvaluationResult = "evaluation-result";

    /// <summary>A policy file (<see cref="PolicyJsonReader"/>, <see cref="PolicyJsonWriter"/>).</summary>
    public const string Policy = "policy";

    /// <summary>A course catalog (<see cref="CatalogJsonReader"/>, <c>ceurules validate-catalog</c>).</summary>
    public const string CourseCatalog = "course-catalog";

    /// <summary>One line of the JSON Lines input of <c>ceurules batch</c>: an input document with a <c>personId</c>.</summary>
    public const string BatchLine = "batch-line";

    /// <summary>The JSON report of <c>ceurules batch --out report.json</c>.</summary>
    public const string BatchReport = "batch-report";

    /// <summary>The validation of a course catalog (<see cref="CatalogValidationJsonWriter"/>, <c>ceurules validate-catalog --format json</c>).</summary>
    public const string CatalogValidation = "catalog-validation";

    /// <summary>The listing of policy versions with their rules and sources (<see cref="PolicyListingJsonWriter"/>, <c>ceurules policies --format json</c>).</summary>
    public const string PolicyListing = "policy-listing";

    /// <summary>The JSON of a course recommendation (<see cref="RecommendationJsonWriter"/>, <c>ceurules recommend --format json</c>).</summary>
    public const string Recommendation = "recommendation";

    /// <summary>A case of the conformance corpus (<see cref="ConformanceCase"/>, <c>ceurules conformance</c>).</summary>
    public const string ConformanceCase = "conformance-case";

    /// <summary>Gets the name of every schema, in the order of the constants above.</summary>
    /// <value>The names: each one a constant of this class.</value>
    public static ImmutableArray<string> Names { get; } = [Transcript, EvaluationResult, Policy, CourseCatalog, BatchLine, BatchReport, CatalogValidation, PolicyListing, Recommendation, ConformanceCase];

    /// <summary>Returns the text of a schema.</summary>
    /// <param name="name">The schema's name, one of <see cref="Names"/>.</param>
    /// <returns>The schema, a JSON document in UTF-8 read into a string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public static string Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Names.Contains(name))
        {
            throw new ArgumentException($"'{name}' is not a schema of CeuRules; known: {string.Join(", ", Names)}.", nameof(name));
        }
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream(ResourceName(name))
            ?? throw new InvalidOperationException($"The schema '{name}' is missing from the assembly's resources.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string ResourceName(string name) => "CeuRules.Json.Schemas." + name + ".schema.json";
}
