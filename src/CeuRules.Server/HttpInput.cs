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

namespace CeuRules.Server;

/// <summary>Reading what a request sends (bounded bodies, media types, query values), and the problems that refuse it.</summary>
internal static class HttpInput
{
    /// <summary>The media types a workforce stream may be sent as.</summary>
    internal static readonly string[] JsonLinesTypes = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-lines"];

    /// <summary>A problem response: RFC 9457 problem details with the findings extension (always present, possibly empty).</summary>
    internal static IResult Problem(int status, string title, string detail, IEnumerable<ProblemFinding>? findings = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["findings"] = (findings ?? []).ToList();
        return TypedResults.Problem(problem);
    }

    /// <summary>
    /// The problem for a document the reader could not read at all: 413 too large, 400 not JSON (or not UTF-8, or
    /// too deep), 422 JSON that is not such a document. Its <c>detail</c> is the first error finding in words, in
    /// the language the request asks for (<see cref="Culture(HttpRequest)"/>); the findings keep their English messages.
    /// </summary>
    internal static IResult Unreadable(IReadOnlyList<Finding> findings, string what, HttpRequest request)
    {
        var list = findings.Select(ProblemFinding.From).ToList();
        var first = findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error) ?? (findings.Count > 0 ? findings[0] : null);
        var culture = Culture(request);
        request.HttpContext.Response.Headers.ContentLanguage = culture.Name;
        request.HttpContext.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        string Detail(string english) => first is null ? english : Explanations.FindingExplainer.For(culture).Sentence(first);
        if (findings.Any(f => f.Code == FindingCodes.DocumentTooLarge.Id))
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", Detail($"The {what} is larger than the reader accepts."), list);
        }
        if (findings.Any(f => f.Code == FindingCodes.InvalidJson.Id || f.Code == FindingCodes.WrongEncoding.Id || f.Code == FindingCodes.TooDeep.Id))
        {
            return Problem(StatusCodes.Status400BadRequest, "The request body is not readable JSON.", Detail($"The {what} could not be parsed; the findings say where."), list);
        }
        return Problem(StatusCodes.Status422UnprocessableEntity, $"The request body is not a {what}.", Detail($"The JSON could not be read as a {what}; the findings say where."), list);
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
        $"The body was sent as '{Shorten(request.ContentType ?? "no Content-Type")}'; send it as {expected} (UTF-8).",
        [new ProblemFinding("unsupported-media-type", "error", "$", $"Expected {expected}.")]);

    /// <summary>The 413 problem for a body over <paramref name="limit"/> bytes.</summary>
    internal static IResult TooLarge(long limit) => Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
        $"At most {limit} bytes are accepted.", [new ProblemFinding("document-too-large", "error", "$", $"The request body has more than {limit} bytes; at most {limit} are accepted.")]);

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
        string? why = findings > options.MaxFindings
            ? $"The document has {findings} findings; at most {options.MaxFindings} are reported for one request (CeuRules:MaxFindings)."
            : work > options.MaxEvaluationWork
                ? $"The document asks for {work} evaluation steps (certifications times activities); at most {options.MaxEvaluationWork} are taken in one request (CeuRules:MaxEvaluationWork). Send fewer certifications or activities per request."
                : null;
        return why is null ? null : Problem(StatusCodes.Status413PayloadTooLarge, "The request is over the service's memory budget.", why,
            [new ProblemFinding("over-budget", "error", "$", why)]);
    }

    /// <summary>The finding code and sentence of a problem written for a bare status (by the status code pages): 401, 403, 404, 405, …</summary>
    internal static (string Code, string Detail) StatusFinding(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => ("unauthorized", "The request has no accepted credentials: send an API key (X-Api-Key) or a bearer token (docs/http-api.md)."),
        StatusCodes.Status403Forbidden => ("forbidden", "The credentials sent do not allow this request."),
        StatusCodes.Status404NotFound => ("not-found", "There is no resource at this path; docs/http-api.md lists the endpoints."),
        StatusCodes.Status405MethodNotAllowed => ("method-not-allowed", "This path does not accept this method; the Allow header lists those it does."),
        StatusCodes.Status504GatewayTimeout => ("time-limit", "The request was stopped at the time limit."),
        _ => ("http-" + status.ToString(System.Globalization.CultureInfo.InvariantCulture), "The request was refused."),
    };

    /// <summary>The 4xx problem for a body the server could not read (<see cref="BadHttpRequestException.StatusCode"/>: 400, 408, 413).</summary>
    internal static IResult UnreadableBody(BadHttpRequestException error) => Problem(error.StatusCode is >= 400 and < 500 ? error.StatusCode : StatusCodes.Status400BadRequest,
        "The request body could not be read.", $"The request body could not be read: {BodyFault(error)}.",
        [new ProblemFinding("unreadable-body", "error", "$", $"The request body could not be read: {BodyFault(error)}.")]);

    /// <summary>What was wrong with a body the server could not read, without quoting it.</summary>
    internal static string BodyFault(BadHttpRequestException error) => error.StatusCode switch
    {
        StatusCodes.Status408RequestTimeout => "it was sent too slowly",
        StatusCodes.Status413PayloadTooLarge => "it is larger than the server accepts",
        _ => "it is malformed or was cut short (a bad chunk, or fewer bytes than its Content-Length)",
    };

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
            return (null, Problem(StatusCodes.Status400BadRequest, "A query parameter is not valid.", "The asOf query parameter is not a date from 0001-01-01 to 9999-12-31.",
                [new ProblemFinding("not-a-date", "error", "asOf", $"The query parameter asOf '{Shorten(text)}' is not a date from 0001-01-01 to 9999-12-31 (expected YYYY-MM-DD).")]));
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
            return (0, Problem(StatusCodes.Status400BadRequest, "A query parameter is not valid.", "The withinDays query parameter is out of range.",
                [new ProblemFinding("out-of-range", "error", "withinDays", $"The query parameter withinDays '{Shorten(text)}' is not a whole number from 0 to 36500.")]));
        }
        return (days, null);
    }

    /// <summary>Today in the server's time zone, as the command line takes it.</summary>
    internal static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
