using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using NodaTime;
using NodaTime.Text;
using CeuRules.Policies;

namespace CeuRules.Server;

/// <summary>Reading what a request sends (bounded bodies, media types, query values), and the problems that refuse it.</summary>
internal static class HttpInput
{
    /// <summary>The media types a workforce stream may be sent as.</summary>
    internal static readonly string[] JsonLinesTypes = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-lines"];

    /// <summary>
    /// A problem response: RFC 9457 problem details with the findings extension (every finding, with its code, path
    /// and English message). Its <c>detail</c> is the first finding worded by the explanation layer in the language
    /// the request asks for (<see cref="Culture(HttpRequest)"/>), naming credentials and kinds as the service's
    /// policies name them; the response says its language in <c>Content-Language</c>.
    /// </summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="title">The problem type's short English summary.</param>
    /// <param name="findings">Why; at least one. The detail words the first error among them, else the first.</param>
    internal static IResult Problem(int status, string title, params IReadOnlyList<Finding> findings) => new Refusal(status, title, findings);

    /// <summary>The problem of <see cref="Problem"/>, worded when it is written, from the request it answers.</summary>
    private sealed class Refusal(int status, string title, IReadOnlyList<Finding> findings) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(Details(httpContext, status, title, findings)).ExecuteAsync(httpContext);
    }

    /// <summary>The problem details of a refusal, worded for <paramref name="context"/>'s request (see <see cref="Problem"/>).</summary>
    internal static ProblemDetails Details(HttpContext context, int status, string title, IReadOnlyList<Finding> findings)
    {
        var first = findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error) ?? findings[0];
        var problem = new ProblemDetails { Status = status, Title = title, Detail = Detail(context, first) };
        problem.Extensions["findings"] = findings.Select(ProblemFinding.From).ToList();
        return problem;
    }

    /// <summary>A finding in words for <paramref name="context"/>'s request: its language, the service's policies' names.</summary>
    internal static string Detail(HttpContext context, Finding finding)
    {
        var culture = Culture(context.Request);
        if (!context.Response.HasStarted)
        {
            context.Response.Headers.ContentLanguage = culture.Name;
            context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        }
        var policies = context.RequestServices?.GetService(typeof(PolicyCatalog)) as PolicyCatalog ?? PolicyCatalog.BuiltIn;
        return Explanations.FindingExplainer.For(culture, policies).Sentence(finding);
    }

    /// <summary>
    /// The problem for a document the reader could not read at all: 413 too large, 400 not JSON (or not UTF-8, or
    /// too deep), 422 JSON that is not such a document; every finding of the reader, the first error in words.
    /// </summary>
    internal static IResult Unreadable(IReadOnlyList<Finding> findings, string what)
    {
        if (findings.Any(f => f.Code == FindingCodes.DocumentTooLarge.Id))
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", findings);
        }
        if (findings.Any(f => f.Code == FindingCodes.InvalidJson.Id || f.Code == FindingCodes.WrongEncoding.Id || f.Code == FindingCodes.TooDeep.Id))
        {
            return Problem(StatusCodes.Status400BadRequest, "The request body is not readable JSON.", findings);
        }
        return Problem(StatusCodes.Status422UnprocessableEntity, $"The request body is not a {what}.", findings);
    }

    /// <summary>
    /// The culture a request's words are written in: the first language of its <c>Accept-Language</c> header (by
    /// quality) that has words of its own, Spanish (<c>es</c>, <c>es-*</c>: es-US) or English (en-US); English when none does.
    /// </summary>
    internal static System.Globalization.CultureInfo Culture(HttpRequest request)
    {
        var languages = request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1.0))
        {
            if (language.Quality is 0)
            {
                continue;
            }
            string tag = language.Value.Value ?? string.Empty;
            string primary = tag.Split('-')[0];
            if (primary.Equals("es", StringComparison.OrdinalIgnoreCase))
            {
                return Explanations.Explainer.Spanish.Culture;
            }
            if (primary.Equals("en", StringComparison.OrdinalIgnoreCase) || tag == "*")
            {
                return Explanations.Explainer.English.Culture;
            }
        }
        return Explanations.Explainer.English.Culture;
    }

    /// <summary>Whether the request's content type is JSON (application/json or a +json type) in UTF-8.</summary>
    internal static bool IsJson(HttpRequest request) => Is(request, type => type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the request's content type is one of the JSON Lines types in UTF-8.</summary>
    internal static bool IsJsonLines(HttpRequest request) => Is(request, type => JsonLinesTypes.Contains(type, StringComparer.OrdinalIgnoreCase));

    private static bool Is(HttpRequest request, Func<string, bool> accepted)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } mediaType)
        {
            return false;
        }
        var charset = type.Charset.Value;
        return accepted(mediaType) && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The 415 problem for a body of another media type.</summary>
    internal static IResult UnsupportedMediaType(HttpRequest request, string expected) => Problem(StatusCodes.Status415UnsupportedMediaType,
        "The request body's media type is not supported.",
        new Finding(FindingCodes.UnsupportedMediaType, FindingSeverity.Error, "$", ("sent", Shorten(request.ContentType ?? "no Content-Type")), ("expected", expected)));

    /// <summary>The 413 problem for a body over <paramref name="limit"/> bytes.</summary>
    internal static IResult TooLarge(long limit) => Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
        new Finding(FindingCodes.DocumentTooLarge, FindingSeverity.Error, "$", ("what", "request"), ("limit", Number(limit))));

    /// <summary>Raises the server's body limit for this request to <paramref name="limit"/> where the server allows it.</summary>
    internal static void LimitBody(HttpContext context, long limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
    }

    /// <summary>Reads the body, up to <paramref name="limit"/> bytes; null with a 413 problem beyond it.</summary>
    internal static async Task<(byte[]? Body, IResult? Problem)> ReadBody(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }
        LimitBody(context, limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, TooLarge(limit));
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit));
        }
        catch (BadHttpRequestException e)
        {
            // The client's fault, never the service's: a malformed or truncated chunk, a body sent too slowly.
            return (null, UnreadableBody(e));
        }
        return (buffer.ToArray(), null);
    }

    /// <summary>
    /// The per-request memory budget: the 413 problem with the <c>over-budget</c> finding for a document whose
    /// findings or evaluation work (certifications times activities) are over the configured limits, else null.
    /// The memory an evaluation takes grows with both, so the limits times the allowed concurrency bound the service's memory.
    /// </summary>
    internal static IResult? OverBudget(int findings, long work, ServerOptions options)
    {
        Finding Over(string measure, long value, long limit, string setting) =>
            new(FindingCodes.OverBudget, FindingSeverity.Error, "$", ("measure", measure), ("value", Number(value)), ("limit", Number(limit)), ("setting", setting));
        var over = findings > options.MaxFindings
            ? Over("findings", findings, options.MaxFindings, "CeuRules:MaxFindings")
            : work > options.MaxEvaluationWork
                ? Over("work", work, options.MaxEvaluationWork, "CeuRules:MaxEvaluationWork")
                : null;
        return over is null ? null : Problem(StatusCodes.Status413PayloadTooLarge, "The request is over the service's memory budget.", over);
    }

    /// <summary>The finding of a problem written for a bare status (by the status code pages): 401, 403, 404, 405, …</summary>
    internal static Finding StatusFinding(HttpContext context, int status) => status switch
    {
        StatusCodes.Status504GatewayTimeout when context.RequestServices?.GetService(typeof(Microsoft.Extensions.Options.IOptions<ServerOptions>)) is Microsoft.Extensions.Options.IOptions<ServerOptions> options
            => TimeLimit(options.Value.RequestTimeoutSeconds),
        StatusCodes.Status401Unauthorized => new(FindingCodes.Unauthorized, FindingSeverity.Error, "$"),
        StatusCodes.Status403Forbidden => new(FindingCodes.Forbidden, FindingSeverity.Error, "$"),
        StatusCodes.Status404NotFound => new(FindingCodes.NotFound, FindingSeverity.Error, "$"),
        StatusCodes.Status405MethodNotAllowed => new(FindingCodes.MethodNotAllowed, FindingSeverity.Error, "$"),
        _ => new(FindingCodes.RequestRefused, FindingSeverity.Error, "$", ("status", Number(status))),
    };

    /// <summary>The finding of a request's time limit of <paramref name="seconds"/> seconds.</summary>
    internal static Finding TimeLimit(int seconds) => new(FindingCodes.TimeLimit, FindingSeverity.Error, "$", ("seconds", Number(seconds)));

    /// <summary>The 4xx problem for a body the server could not read (<see cref="BadHttpRequestException.StatusCode"/>: 400, 408, 413).</summary>
    internal static IResult UnreadableBody(BadHttpRequestException error) => Problem(error.StatusCode is >= 400 and < 500 ? error.StatusCode : StatusCodes.Status400BadRequest,
        "The request body could not be read.", BodyFault(error));

    /// <summary>What was wrong with a body the server could not read, without quoting it.</summary>
    internal static Finding BodyFault(BadHttpRequestException error) => new(FindingCodes.UnreadableBody, FindingSeverity.Error, "$", ("fault", error.StatusCode switch
    {
        StatusCodes.Status408RequestTimeout => "slow",
        StatusCodes.Status413PayloadTooLarge => "too-large",
        _ => "malformed",
    }));

    /// <summary>The <c>asOf</c> query value as a date, null when absent, or a 400 problem when it is not a date.</summary>
    internal static (LocalDate? Date, IResult? Problem) AsOf(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        // Bounded as the command line's --as-of is, to the dates every reader accepts back: a result dated in year 0 could not be read again.
        if (!parsed.Success || text.Length != 10 || parsed.Value.Year < 1)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "A query parameter is not valid.",
                new Finding(FindingCodes.NotADate, FindingSeverity.Error, "asOf", ("value", Shorten(text)))));
        }
        return (parsed.Value, null);
    }

    /// <summary>The <c>withinDays</c> query value, 60 when absent, or a 400 problem when it is not a whole number from 0 to 36,500.</summary>
    internal static (int Days, IResult? Problem) WithinDays(string? text)
    {
        if (text is null)
        {
            return (60, null);
        }
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int days) || days > 36_500)
        {
            return (0, Problem(StatusCodes.Status400BadRequest, "A query parameter is not valid.",
                new Finding(FindingCodes.OutOfRange, FindingSeverity.Error, "withinDays", ("value", Shorten(text)), ("min", "0"), ("max", Number(36_500)))));
        }
        return (days, null);
    }

    /// <summary>Today in the server's time zone, as the command line takes it.</summary>
    internal static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;

    /// <summary>A whole number as the findings' arguments write it: invariant digits.</summary>
    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
