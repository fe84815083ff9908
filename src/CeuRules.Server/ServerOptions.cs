using System;
using System.Collections.Generic;

namespace CeuRules.Server;

/// <summary>
/// The service's settings, bound from the <c>CeuRules</c> section of the configuration
/// (<c>appsettings.json</c>, environment variables such as <c>CeuRules__AllowAnonymous</c>, the command line).
/// docs/http-api.md lists every setting with its default.
/// </summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "CeuRules";

    /// <summary>Whether requests without credentials are served. False by default: requests carry employees' personal data.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>The API keys accepted, each stored as the SHA-256 hash of the key, never the key itself.</summary>
    public IList<ApiKeyOptions> ApiKeys { get; } = new List<ApiKeyOptions>();

    /// <summary>JWT bearer authentication for deployments behind an identity provider; off unless <see cref="JwtOptions.Authority"/> is set.</summary>
    public JwtOptions Jwt { get; } = new();

    /// <summary>JSON policy files (docs/custom-policies.md) loaded beside the built-in policies at start-up, as the command line's <c>--policy</c>.</summary>
    public IList<string> PolicyFiles { get; } = new List<string>();

    /// <summary>
    /// A folder of policy files (<c>CeuRules:PolicyDirectory</c>; <see cref="Policies.PolicyDirectory"/>) read at start-up
    /// after <see cref="PolicyFiles"/>: each file replaces the versions of its credential or adds one. A folder with an
    /// error finding stops the start, naming each file, path and code.
    /// </summary>
    public string? PolicyDirectory { get; set; }

    /// <summary>The largest request body accepted by the evaluation and catalog endpoints, in bytes (16 MiB, the readers' own limit).</summary>
    public long MaxRequestBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The largest workforce stream accepted, in bytes (8 GiB).</summary>
    public long MaxWorkforceBodyBytes { get; set; } = 8L * 1024 * 1024 * 1024;

    /// <summary>The longest line of a workforce stream, in bytes (1 MiB); a longer line is reported as malformed and skipped.</summary>
    public int MaxLineBytes { get; set; } = 1024 * 1024;

    /// <summary>How long an evaluation, catalog or policy request may take, in seconds (30).</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a workforce stream may take, in seconds (3,600).</summary>
    public int WorkforceTimeoutSeconds { get; set; } = 3600;

    /// <summary>How many people of one workforce stream are evaluated at once; the number of processors by default.</summary>
    public int? WorkforceParallelism { get; set; }

    /// <summary>
    /// The most evaluation work one request of <c>/v1/evaluations</c> may ask for, as certifications times
    /// activities (200,000: 20 certifications of 10,000 activities, or 2 of 100,000); a request over it is
    /// refused with 413 and the <c>over-budget</c> finding before it is evaluated. The memory an evaluation
    /// takes grows with this product (docs/http-api.md, "Memory").
    /// </summary>
    public long MaxEvaluationWork { get; set; } = 200_000;

    /// <summary>The most findings the reader may report on one document (10,000); a document with more is refused with 413 and the <c>over-budget</c> finding.</summary>
    public int MaxFindings { get; set; } = 10_000;

    /// <summary>How many evaluation and catalog requests are worked on at once (2); more wait in a queue of <see cref="MaxQueuedRequests"/>, then get 503.</summary>
    public int MaxConcurrentEvaluations { get; set; } = 2;

    /// <summary>How many workforce streams run at once (2); more wait in a queue of <see cref="MaxQueuedRequests"/>, then get 503.</summary>
    public int MaxConcurrentWorkforceStreams { get; set; } = 2;

    /// <summary>How many requests wait for a free evaluation or stream before 503 (16).</summary>
    public int MaxQueuedRequests { get; set; } = 16;

    /// <summary>Per-client rate limiting.</summary>
    public RateLimitOptions RateLimit { get; } = new();

    /// <summary>Origins allowed to call the service from a browser; none by default (CORS off).</summary>
    public IList<string> CorsOrigins { get; } = new List<string>();

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are trusted; none by default.</summary>
    public IList<string> TrustedProxies { get; } = new List<string>();

    /// <summary>
    /// The published web app (the <c>wwwroot</c> folder of <c>dotnet publish src/CeuRules.Web -c Release</c>) to serve
    /// at <c>/</c> as static files, beside the API; none by default. The app evaluates in the browser and calls no endpoint.
    /// </summary>
    public string? WebRoot { get; set; }

    /// <summary>Checks the settings, naming the first one that is wrong.</summary>
    /// <exception cref="InvalidOperationException">A setting is out of range or incomplete.</exception>
    public void Validate()
    {
        Require(MaxRequestBodyBytes is >= 1024 and <= 16 * 1024 * 1024, $"{Section}:MaxRequestBodyBytes must be from 1024 to 16777216 (the readers' limit); it is {MaxRequestBodyBytes}.");
        Require(MaxWorkforceBodyBytes >= 1024, $"{Section}:MaxWorkforceBodyBytes must be at least 1024; it is {MaxWorkforceBodyBytes}.");
        Require(MaxLineBytes is >= 1024 and <= 16 * 1024 * 1024, $"{Section}:MaxLineBytes must be from 1024 to 16777216; it is {MaxLineBytes}.");
        Require(RequestTimeoutSeconds is >= 1 and <= 86_400, $"{Section}:RequestTimeoutSeconds must be from 1 to 86400; it is {RequestTimeoutSeconds}.");
        Require(WorkforceTimeoutSeconds is >= 1 and <= 604_800, $"{Section}:WorkforceTimeoutSeconds must be from 1 to 604800; it is {WorkforceTimeoutSeconds}.");
        Require(WorkforceParallelism is null or (>= 1 and <= 1024), $"{Section}:WorkforceParallelism must be from 1 to 1024; it is {WorkforceParallelism}.");
        Require(MaxEvaluationWork is >= 1 and <= 100_000_000, $"{Section}:MaxEvaluationWork must be from 1 to 100000000; it is {MaxEvaluationWork}.");
        Require(MaxFindings is >= 1 and <= 10_000_000, $"{Section}:MaxFindings must be from 1 to 10000000; it is {MaxFindings}.");
        Require(MaxConcurrentEvaluations is >= 1 and <= 1024, $"{Section}:MaxConcurrentEvaluations must be from 1 to 1024; it is {MaxConcurrentEvaluations}.");
        Require(MaxConcurrentWorkforceStreams is >= 1 and <= 1024, $"{Section}:MaxConcurrentWorkforceStreams must be from 1 to 1024; it is {MaxConcurrentWorkforceStreams}.");
        Require(MaxQueuedRequests is >= 0 and <= 100_000, $"{Section}:MaxQueuedRequests must be from 0 to 100000; it is {MaxQueuedRequests}.");
        Require(RateLimit.PermitsPerWindow >= 1, $"{Section}:RateLimit:PermitsPerWindow must be at least 1; it is {RateLimit.PermitsPerWindow}.");
        Require(RateLimit.WindowSeconds is >= 1 and <= 86_400, $"{Section}:RateLimit:WindowSeconds must be from 1 to 86400; it is {RateLimit.WindowSeconds}.");
        Require(RateLimit.QueueLimit >= 0, $"{Section}:RateLimit:QueueLimit must not be negative; it is {RateLimit.QueueLimit}.");
        for (int i = 0; i < ApiKeys.Count; i++)
        {
            var key = ApiKeys[i];
            Require(!string.IsNullOrWhiteSpace(key.Name), $"{Section}:ApiKeys:{i}:Name is missing: name each key's client (it keys the rate limit and appears in logs).");
            Require(key.Sha256 is { Length: 64 } hash && IsHex(hash),
                $"{Section}:ApiKeys:{i}:Sha256 must be the 64 hexadecimal digits of the key's SHA-256 hash (dotnet run --project src/CeuRules.Server -- hash-key KEY).");
        }
        Require(Jwt.Authority is null || !string.IsNullOrWhiteSpace(Jwt.Audience), $"{Section}:Jwt:Audience is required when {Section}:Jwt:Authority is set.");
        Require(string.IsNullOrEmpty(WebRoot) || System.IO.File.Exists(System.IO.Path.Combine(WebRoot, "index.html")),
            $"{Section}:WebRoot must be a published web app's folder with an index.html (dotnet publish src/CeuRules.Web -c Release); '{WebRoot}' has none.");
    }

    private static bool IsHex(string text)
    {
        foreach (char c in text)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}

/// <summary>One accepted API key: the client's name and the SHA-256 hash of the key.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The client's name: the rate limit is per name, and logs name the client by it.</summary>
    public string? Name { get; set; }

    /// <summary>The SHA-256 hash of the key, as 64 hexadecimal digits (either case).</summary>
    public string? Sha256 { get; set; }
}

/// <summary>JWT bearer authentication against an identity provider.</summary>
public sealed class JwtOptions
{
    /// <summary>The issuer's URL (its OpenID Connect metadata is read from there); JWT is off when null.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>Whether the metadata must be fetched over HTTPS (true; turn off only for a local test issuer).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}

/// <summary>A fixed window of requests per client (API key name, token subject, or remote address when anonymous).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests allowed per client per window (600).</summary>
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>The window's length in seconds (60).</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Requests queued beyond the limit before refusing with 429 (0).</summary>
    public int QueueLimit { get; set; }
}
