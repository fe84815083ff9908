using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Workforce;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using NodaTime;

namespace CeuRules.Server;

/// <summary>The <c>/v1</c> endpoints: thin handlers over the library's readers, evaluators and writers.</summary>
internal static class Endpoints
{
    /// <summary>The authorization policy every <c>/v1</c> endpoint requires.</summary>
    internal const string Policy = "ceurules";

    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    internal static void Map(IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1").RequireAuthorization(Policy)
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(Problem), [ProblemJson]),
                new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(Problem), [ProblemJson]),
                new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(Problem), [ProblemJson]),
                new ProducesResponseTypeMetadata(StatusCodes.Status504GatewayTimeout, typeof(Problem), [ProblemJson]));

        v1.MapPost("/evaluations", Evaluate)
            .WithName("Evaluate")
            .WithSummary("Evaluate every certification of a transcript document.")
            .WithDescription("The body is the input document of docs/formats.md; the result is byte for byte what `ceurules evaluate --format json` prints. A document with findings is still evaluated and the findings are in the result; a body that cannot be read as a document at all is refused with problem details.")
            .RequestBody(typeof(TranscriptDocumentBody), "The input document (docs/formats.md).", Json)
            .Produces<EvaluationResultBody>(StatusCodes.Status200OK, Json)
            .RefusesUnreadableDocuments();

        v1.MapPost("/workforce/summaries", Workforce)
            .WithName("SummarizeWorkforce")
            .WithSummary("Evaluate a workforce sent as JSON Lines and stream a row per certification back, in input order.")
            .WithDescription("Each line is a transcript document with a personId, as `ceurules batch` reads. Rows stream back as JSON Lines (a summary line last) or as CSV (Accept: text/csv) with the columns of the batch report. A malformed line gets a row with its line number and errors, and the stream goes on.")
            .RequestBody(typeof(TranscriptDocumentBody), "One input document with a personId per line (JSON Lines), as `ceurules batch` reads.", HttpInput.JsonLinesTypes)
            .Produces<WorkforceRowBody>(StatusCodes.Status200OK, "application/x-ndjson")
            .AddOpenApiOperationTransformer((operation, context, cancellationToken) =>
            {
                // The same 200 as CSV: the columns of the batch report, a header line first (docs/hr-integration.md).
                if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
                {
                    content["text/csv"] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV with the columns of `ceurules batch --out report.csv`; a cut stream ends with a row whose error names the code." },
                    };
                }
                return Task.CompletedTask;
            })
            .Produces<Problem>(StatusCodes.Status400BadRequest, ProblemJson)
            .Produces<Problem>(StatusCodes.Status406NotAcceptable, ProblemJson)
            .Produces<Problem>(StatusCodes.Status408RequestTimeout, ProblemJson)
            .Produces<Problem>(StatusCodes.Status413PayloadTooLarge, ProblemJson)
            .Produces<Problem>(StatusCodes.Status415UnsupportedMediaType, ProblemJson)
            .DisableRequestTimeout();

        v1.MapPost("/catalog-validations", ValidateCatalog)
            .WithName("ValidateCatalog")
            .WithSummary("Check a course catalog's credit claims against every credential's rules and say what each course earns.")
            .WithDescription("The body is a course catalog (docs/vendors.md); the result has the fields of `ceurules validate-catalog --format json`. Findings about the catalog's content are the answer (200, valid false); a body that is not a catalog at all is refused with problem details.")
            .RequestBody(typeof(CatalogBody), "A course catalog (docs/vendors.md).", Json)
            .Produces<CatalogValidationBody>(StatusCodes.Status200OK, Json)
            .RefusesUnreadableDocuments();

        v1.MapGet("/policies", ListPolicies)
            .WithName("ListPolicies")
            .WithSummary("List every policy version known, with its rules and their sources.")
            .WithDescription("The same document as `ceurules policies --format json`: the built-in policies and the configured policy files.")
            .Produces<PolicyListingBody>(StatusCodes.Status200OK, Json);

        v1.MapGet("/policies/{credential}", GetPolicy)
            .WithName("GetPolicy")
            .WithSummary("List every version of one credential's policy, with its rules and their sources.")
            .Produces<PolicyListingBody>(StatusCodes.Status200OK, Json)
            .Produces<Problem>(StatusCodes.Status404NotFound, ProblemJson);
    }

    /// <summary>The problems of an endpoint that reads one JSON document: bad query or unreadable body (400), body too slow (408), too large or over the memory budget (413), wrong media type (415), not a document (422).</summary>
    private static RouteHandlerBuilder RefusesUnreadableDocuments(this RouteHandlerBuilder builder) => builder
        .Produces<Problem>(StatusCodes.Status400BadRequest, ProblemJson)
        .Produces<Problem>(StatusCodes.Status408RequestTimeout, ProblemJson)
        .Produces<Problem>(StatusCodes.Status413PayloadTooLarge, ProblemJson)
        .Produces<Problem>(StatusCodes.Status415UnsupportedMediaType, ProblemJson)
        .Produces<Problem>(StatusCodes.Status422UnprocessableEntity, ProblemJson);

    /// <summary>
    /// Describes the request body in the OpenAPI document only. (Accepts metadata would make routing
    /// refuse other media types with 415 before authentication and before the handler's own problem.)
    /// </summary>
    private static RouteHandlerBuilder RequestBody(this RouteHandlerBuilder builder, System.Type type, string description, params string[] contentTypes) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken).ConfigureAwait(false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = contentTypes.ToDictionary(c => c, _ => new OpenApiMediaType { Schema = schema }),
            };
        });

    private static async Task<IResult> Evaluate(HttpContext context, string? asOf, CertificationEvaluator evaluator, IClock clock, IOptions<ServerOptions> options)
    {
        var (date, problem) = HttpInput.AsOf(asOf);
        if (problem is not null)
        {
            return problem;
        }
        if (!HttpInput.IsJson(context.Request))
        {
            return HttpInput.UnsupportedMediaType(context.Request, Json);
        }
        var (body, tooLarge) = await HttpInput.ReadBody(context, options.Value.MaxRequestBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            return tooLarge!;
        }
        var read = TranscriptJsonReader.Read(body, evaluator.Catalog);
        if (read.Document is not { } document)
        {
            return HttpInput.Unreadable(read.Findings, "transcript document");
        }
        if (HttpInput.OverBudget(read.Findings.Length, (long)document.Certifications.Length * document.Transcript.Activities.Length, options.Value) is { } overBudget)
        {
            return overBudget;
        }
        var on = date ?? document.AsOf ?? HttpInput.Today(clock);
        // Cooperative cancellation: the time limit (or the client leaving) stops the work between certifications, and the 504 is answered.
        var token = context.RequestAborted;
        var results = new List<CertificationEvaluation>(document.Certifications.Length);
        foreach (var certification in document.Certifications)
        {
            token.ThrowIfCancellationRequested();
            results.Add(evaluator.Evaluate(certification, document.Transcript, on));
        }
        token.ThrowIfCancellationRequested();
        return new StreamedJson(stream =>
        {
            EvaluationJsonWriter.Write(on, results, read.Findings, stream);
            stream.WriteByte((byte)'\n');   // as `ceurules evaluate --format json` ends its output
        });
    }

    private static async Task Workforce(HttpContext context, string? asOf, string? withinDays, WorkforceEvaluator workforce, IClock clock,
        IOptions<ServerOptions> options, ILoggerFactory loggers)
    {
        var settings = options.Value;
        var (date, asOfProblem) = HttpInput.AsOf(asOf);
        var (days, daysProblem) = HttpInput.WithinDays(withinDays);
        var refusal = asOfProblem ?? daysProblem;
        bool? csv = Negotiate(context.Request);
        if (refusal is null && csv is null)
        {
            refusal = HttpInput.Problem(StatusCodes.Status406NotAcceptable, "No acceptable media type.",
                new Finding(FindingCodes.NotAcceptable, FindingSeverity.Error, "$", ("types", "application/x-ndjson (JSON Lines), text/csv")));
        }
        if (refusal is null && !HttpInput.IsJsonLines(context.Request))
        {
            refusal = HttpInput.UnsupportedMediaType(context.Request, "application/x-ndjson (JSON Lines)");
        }
        if (refusal is null && context.Request.ContentLength > settings.MaxWorkforceBodyBytes)
        {
            refusal = HttpInput.TooLarge(settings.MaxWorkforceBodyBytes);
        }
        if (refusal is not null)
        {
            await refusal.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        // The stream stops itself at its limit with a row saying so; the server's own limit, a little above, never comes first.
        HttpInput.LimitBody(context, settings.MaxWorkforceBodyBytes + settings.MaxLineBytes + (1 << 20));
        context.Response.ContentType = csv == true ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        await WorkforceSummaries.RunAsync(context, workforce, date ?? HttpInput.Today(clock), days, csv == true, settings, loggers.CreateLogger("CeuRules.Server.Workforce")).ConfigureAwait(false);
    }

    /// <summary>True for CSV, false for JSON Lines, null when the Accept header allows neither; the first acceptable type of highest quality wins.</summary>
    private static bool? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return false;
        }
        foreach (var type in accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            string media = type.MediaType.Value ?? string.Empty;
            if (media.Equals("text/csv", System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (HttpInput.JsonLinesTypes.Contains(media, System.StringComparer.OrdinalIgnoreCase) || media is "*/*" or "application/*")
            {
                return false;
            }
            if (media.Equals("text/*", System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return null;
    }

    private static async Task<IResult> ValidateCatalog(HttpContext context, string? asOf, CatalogValidator validator, IClock clock, IOptions<ServerOptions> options)
    {
        var (date, problem) = HttpInput.AsOf(asOf);
        if (problem is not null)
        {
            return problem;
        }
        if (!HttpInput.IsJson(context.Request))
        {
            return HttpInput.UnsupportedMediaType(context.Request, Json);
        }
        var (body, tooLarge) = await HttpInput.ReadBody(context, options.Value.MaxRequestBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            return tooLarge!;
        }
        var read = CatalogJsonReader.Read(body);
        // As the command line: a document that could not be read as a catalog at all is refused; the rest is validated.
        if (read.IsRefused)
        {
            return HttpInput.Unreadable(read.Findings, "course catalog");
        }
        if (HttpInput.OverBudget(read.Findings.Length, 0, options.Value) is { } overBudget)
        {
            return overBudget;
        }
        var on = date ?? HttpInput.Today(clock);
        context.RequestAborted.ThrowIfCancellationRequested();
        var validation = read.Catalog is { } catalog ? validator.Validate(catalog, on) : null;
        context.RequestAborted.ThrowIfCancellationRequested();
        var findings = validation is null ? read.Findings : read.Findings.AddRange(validation.Findings);
        return new StreamedJson(stream =>
        {
            CatalogValidationJsonWriter.Write(on, findings, validation, stream);
            stream.WriteByte((byte)'\n');   // as `ceurules validate-catalog --format json` ends its output
        });
    }

    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult ListPolicies(PolicyCatalog catalog) => Listing(catalog.Credentials, catalog);

    private static IResult GetPolicy(string credential, PolicyCatalog catalog)
    {
        if (!catalog.TryGetCredential(credential, out var found))
        {
            return HttpInput.Problem(StatusCodes.Status404NotFound, "No such credential.",
                new Finding(FindingCodes.UnknownCredential, FindingSeverity.Error, "credential", ("value", credential), ("known", string.Join(", ", catalog.Credentials.Select(c => c.Id)))));
        }
        return Listing([found], catalog);
    }

    /// <summary>Every version of the credentials with its rules and their sources, written as <c>ceurules policies --format json</c> writes them.</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Listing(IReadOnlyList<Credential> credentials, PolicyCatalog catalog)
    {
        using var output = new MemoryStream();
        PolicyListingJsonWriter.Write(credentials, catalog, output);
        output.WriteByte((byte)'\n');
        return TypedResults.Bytes(output.ToArray(), Json);
    }
}
