using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CeuRules.Server.Tests;

/// <summary>
/// The service in memory, configured with one API key (<see cref="Key"/>) and any further settings;
/// every log line it writes is kept in <see cref="Logs"/>.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<ServerOptions>
{
    public const string Key = "test-key-0123456789";
    public const string OtherKey = "other-key-9876543210";

    private readonly Dictionary<string, string?> settings;

    public ServerFactory()
        : this(null)
    {
    }

    internal ServerFactory(IDictionary<string, string?>? settings)
    {
        this.settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["CeuRules:ApiKeys:0:Name"] = "hr-system",
            ["CeuRules:ApiKeys:0:Sha256"] = ApiKeyAuthenticationHandler.Hash(Key),
            ["CeuRules:ApiKeys:1:Name"] = "vendor-portal",
            ["CeuRules:ApiKeys:1:Sha256"] = ApiKeyAuthenticationHandler.Hash(OtherKey),
            ["CeuRules:RateLimit:PermitsPerWindow"] = "100000",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[name] = value;
        }
    }

    /// <summary>Every response that does not match docs/openapi.json (see <see cref="OpenApiValidation"/>); the factory fails when disposed with any.</summary>
    public ConcurrentQueue<string> ContractViolations { get; } = new();

    /// <summary>Every line logged, formatted, with its category.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>A client that sends the configured key.</summary>
    public HttpClient Authorized()
    {
        // Without the redirect handler, which loads request bodies into memory to be able to send them again.
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (name, value) in settings)
        {
            builder.UseSetting(name, value);
        }
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddFilter(_ => true);
            logging.AddProvider(new Capture(Logs));
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new OpenApiValidation(ContractViolations));
            TestServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        FailOnViolations();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            FailOnViolations();
        }
    }

    private void FailOnViolations()
    {
        if (!ContractViolations.IsEmpty)
        {
            var all = string.Join("\n", ContractViolations);
            ContractViolations.Clear();
            throw new Xunit.Sdk.XunitException("Responses that do not match docs/openapi.json:\n" + all);
        }
    }

    /// <summary>The repository's root folder.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CeuRules.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("CeuRules.sln not found above the test assembly.");
    }

    private sealed class Capture(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, logs);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // The message and every structured value: personal data must appear in neither.
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                logs.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}
