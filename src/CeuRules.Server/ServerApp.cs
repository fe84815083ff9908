using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CeuRules.DependencyInjection;
using CeuRules.Evaluation;
using CeuRules.Policies;
using CeuRules.Workforce;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CeuRules.Server;

/// <summary>Builds the service: configuration, authentication, limits, the endpoints.</summary>
/// <remarks>
/// Every setting is read from <see cref="ServerOptions"/> when the service starts (not while the
/// builder is configured), so configuration added by a host or a test fixture applies.
/// </remarks>
internal static partial class ServerApp
{
    private const string Selector = "ApiKeyOrBearer";

    internal static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        ListenAddress(builder);

        // Exceptions can quote request data in their messages: the handler below logs the type only.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        // The data-protection keys live in memory only (below), so the warning that they are stored unencrypted does not apply.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section).Validate(Valid).ValidateOnStart();

        // The server's own catalog and workforce parallelism (from its options); AddCeuRules adds the rest, each
        // resolving the catalog and the evaluator from the container.
        services.AddSingleton(provider => LoadPolicies(provider.GetRequiredService<IOptions<ServerOptions>>().Value));
        services.AddSingleton(provider => new WorkforceEvaluator(provider.GetRequiredService<CertificationEvaluator>(),
            provider.GetRequiredService<IOptions<ServerOptions>>().Value.WorkforceParallelism));
        services.AddCeuRules();

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServerOptions>>((kestrel, server) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = server.Value.MaxRequestBodyBytes;
        });

        // Nothing here protects data with keys (no cookies, no antiforgery): keep the keys in memory, never on disk.
        services.AddDataProtection();
        services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new MemoryXmlRepository());
        // Every problem carries findings, those written by the status code pages (401, 404, 405, …) too.
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            // RFC 9457: a problem with no more specific type is "about:blank"; say so, so that every problem has its type.
            context.ProblemDetails.Type ??= "about:blank";
            if (!context.ProblemDetails.Extensions.ContainsKey("findings"))
            {
                var finding = HttpInput.StatusFinding(context.HttpContext, context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode);
                context.ProblemDetails.Detail ??= HttpInput.Detail(context.HttpContext, finding);
                context.ProblemDetails.Extensions["findings"] = new List<ProblemFinding> { ProblemFinding.From(finding) };
            }
        });
        services.AddExceptionHandler<LoggedExceptionHandler>();

        services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API key or bearer token", scheme => scheme.ForwardDefaultSelector = context =>
            {
                var jwt = context.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value.Jwt;
                return jwt.Authority is not null && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<ServerOptions>>((jwt, server) =>
        {
            jwt.Authority = server.Value.Jwt.Authority;
            jwt.Audience = server.Value.Jwt.Audience;
            jwt.RequireHttpsMetadata = server.Value.Jwt.RequireHttpsMetadata;
            jwt.MapInboundClaims = false;
            jwt.Events = new JwtBearerEvents
            {
                OnAuthenticationFailed = failed =>
                {
                    AuthAudit.TokenRefused(failed.HttpContext, failed.Exception);
                    return System.Threading.Tasks.Task.CompletedTask;
                },
            };
        });
        services.AddAuthorization(authorization => authorization.AddPolicy(Endpoints.Policy, policy => policy.RequireAssertion(context =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                return true;
            }
            // Anonymous only when configured, and never for a request that sent credentials that failed.
            return context.Resource is HttpContext http
                && http.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value.AllowAnonymous
                && !http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
                && !http.Request.Headers.ContainsKey("Authorization");
        })));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client, a window of requests; across clients, a bound on the evaluations and streams worked on at once,
            // so that the memory budget of one request times the concurrency bounds the service's memory (docs/http-api.md).
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                {
                    if (context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                    {
                        return RateLimitPartition.GetNoLimiter(string.Empty);
                    }
                    var settings = context.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value.RateLimit;
                    return RateLimitPartition.GetFixedWindowLimiter(Client(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitsPerWindow,
                        Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                        QueueLimit = settings.QueueLimit,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                        AutoReplenishment = true,
                    });
                }),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                {
                    var path = context.Request.Path;
                    var settings = context.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value;
                    int? permits = path.StartsWithSegments("/v1/workforce", StringComparison.OrdinalIgnoreCase) ? settings.MaxConcurrentWorkforceStreams
                        : path.StartsWithSegments("/v1/evaluations", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/v1/catalog-validations", StringComparison.OrdinalIgnoreCase)
                            ? settings.MaxConcurrentEvaluations : null;
                    if (permits is not { } limit)
                    {
                        return RateLimitPartition.GetNoLimiter(string.Empty);
                    }
                    return RateLimitPartition.GetConcurrencyLimiter(path.StartsWithSegments("/v1/workforce", StringComparison.OrdinalIgnoreCase) ? "workforce" : "evaluations",
                        _ => new ConcurrencyLimiterOptions { PermitLimit = limit, QueueLimit = settings.MaxQueuedRequests, QueueProcessingOrder = QueueProcessingOrder.OldestFirst });
                }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                if (!rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    // Not this client's window: every evaluation or stream the service allows at once is taken, and the queue is full.
                    http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    http.Response.Headers.RetryAfter = "1";
                    await HttpInput.Problem(StatusCodes.Status503ServiceUnavailable, "The service is busy.", new Finding(FindingCodes.Busy, FindingSeverity.Error, "$"))
                        .ExecuteAsync(http).ConfigureAwait(false);
                    return;
                }
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await HttpInput.Problem(StatusCodes.Status429TooManyRequests, "Too many requests.", new Finding(FindingCodes.RateLimited, FindingSeverity.Error, "$"))
                    .ExecuteAsync(http).ConfigureAwait(false);
            };
        });

        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<ServerOptions>>((timeouts, server) =>
        {
            timeouts.DefaultPolicy = Timeout(server.Value.RequestTimeoutSeconds);
        });

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ServerOptions>>((cors, server) =>
        {
            if (server.Value.CorsOrigins.Count > 0)
            {
                cors.AddDefaultPolicy(policy => policy.WithOrigins([.. server.Value.CorsOrigins])
                    .WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyAuthenticationHandler.Header));
            }
        });

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ServerOptions>>((forwarded, server) =>
        {
            if (server.Value.TrustedProxies.Count == 0)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in server.Value.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        services.AddHealthChecks().AddCheck<PolicyHealthCheck>("policies", tags: ["ready"]);
        services.AddOpenApi("v1", OpenApiContract.Configure);

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        WebSite.Use(app);
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseRequestTimeouts();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        Endpoints.Map(app);

        // Fail at start-up, not at the first request, when the settings or a policy file are wrong.
        var settings = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        app.Services.GetRequiredService<WorkforceEvaluator>();
        if (!settings.AllowAnonymous && settings.ApiKeys.Count == 0 && settings.Jwt.Authority is null)
        {
            LogNoCredentials(app.Logger);
        }
        return app;
    }

    /// <summary>The address the service listens on when nothing says otherwise.</summary>
    internal const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Listens on the loopback interface only (<see cref="DefaultUrl"/>) unless the deployment says where:
    /// ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS / ASPNETCORE_HTTPS_PORTS (the container convention: the
    /// official .NET images set ASPNETCORE_HTTP_PORTS=8080), <c>--urls</c>, <c>Urls</c> or Kestrel endpoints
    /// in the configuration; inside a container (DOTNET_RUNNING_IN_CONTAINER) the framework's own default applies.
    /// </summary>
    private static void ListenAddress(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        bool said = !string.IsNullOrEmpty(configuration["urls"]) || !string.IsNullOrEmpty(configuration["http_ports"]) || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        bool container = string.Equals(Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER"), "true", StringComparison.OrdinalIgnoreCase);
        if (!said && !container)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }

    /// <summary>Every response: never stored by a cache (they carry employees' personal data), never sniffed as another type.</summary>
    private static System.Threading.Tasks.Task SecurityHeaders(HttpContext context, Func<System.Threading.Tasks.Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers.XContentTypeOptions = "nosniff";
            return System.Threading.Tasks.Task.CompletedTask;
        });
        return next();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No API key, JWT authority or anonymous access is configured: every /v1 request will be refused with 401. See docs/http-api.md.")]
    private static partial void LogNoCredentials(ILogger logger);

    private static RequestTimeoutPolicy Timeout(int seconds) => new()
    {
        Timeout = TimeSpan.FromSeconds(seconds),
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = context => HttpInput.Problem(StatusCodes.Status504GatewayTimeout, "The request took too long.", HttpInput.TimeLimit(seconds)).ExecuteAsync(context),
    };

    /// <summary>The rate limit's partition: the authenticated client's name, or the remote address.</summary>
    private static string Client(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            return "client:" + (user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? user.Identity.Name ?? "?");
        }
        return "address:" + context.Connection.RemoteIpAddress;
    }

    private static bool Valid(ServerOptions options)
    {
        options.Validate();
        return true;
    }

    /// <summary>
    /// The built-in policies with those of the configured files and then of the policy directory, each credential
    /// with the file it came from, as the command line's <c>--policy</c> and <c>--policies</c> load them.
    /// </summary>
    /// <exception cref="InvalidOperationException">A file cannot be read, has error findings, or its policies disagree with the others.</exception>
    internal static PolicyCatalog LoadPolicies(ServerOptions options)
    {
        var catalog = PolicyCatalog.BuiltIn;
        if (options.PolicyFiles.Count > 0)
        {
            catalog = Usable(PolicyDirectory.ReadFiles(options.PolicyFiles, catalog), "The configured policy files");
        }
        if (options.PolicyDirectory is { } directory)
        {
            catalog = Usable(PolicyDirectory.Read(directory, catalog), $"The policy directory '{directory}'");
        }
        return catalog;

        static PolicyCatalog Usable(PolicyDirectoryResult read, string what) => read.Catalog ?? throw new InvalidOperationException(
            $"{what} cannot be used: " + string.Join("; ", read.Findings.Where(f => f.Severity == FindingSeverity.Error)));
    }
}
