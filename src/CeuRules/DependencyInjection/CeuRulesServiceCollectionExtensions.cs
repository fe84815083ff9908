using System;
using System.Globalization;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Policies;
using CeuRules.Utility;
using CeuRules.Workforce;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace CeuRules.DependencyInjection;

/// <summary>Registers CeuRules in a service collection.</summary>
public static class CeuRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the built-in policy catalog, the <see cref="CertificationEvaluator"/>, the
    /// <see cref="WorkforceEvaluator"/>, the <see cref="Catalogs.CatalogValidator"/> and the system clock
    /// as <see cref="IClock"/>, all as singletons.
    /// Services already registered are left as they are, so a second call is harmless; the evaluators and the
    /// validator are made by factories that resolve the <see cref="PolicyCatalog"/> (and the evaluator) from
    /// the container, so that a catalog the host registered itself is the one they apply.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCeuRules(this IServiceCollection services) => services.AddCeuRules(_ => { });

    /// <summary>
    /// Registers CeuRules as <see cref="AddCeuRules(IServiceCollection, Action{CeuRulesOptions})"/> does, with the
    /// options read from a configuration section (such as <c>builder.Configuration.GetSection("CeuRules")</c>,
    /// from appsettings.json or environment variables <c>CeuRules__MaxDegreeOfParallelism</c>), then given to
    /// <paramref name="configure"/> for what configuration cannot hold (policies, the clock).
    /// </summary>
    /// <remarks>
    /// The section's keys, case-insensitive: <c>IncludeBuiltInPolicies</c> (<c>true</c> or <c>false</c>),
    /// <c>PolicyDirectory</c> (a folder of policy files) and <c>MaxDegreeOfParallelism</c> (an integer from 1 to 1024). A value that does not parse, or any other key,
    /// throws here naming its path: a misspelt setting is not ignored.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section of the options; an empty or missing section leaves the defaults.</param>
    /// <param name="configure">Sets what configuration cannot hold, after the section is read; null for nothing more.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <exception cref="FormatException">A value of the section does not parse, or the section has a key that is no option.</exception>
    /// <exception cref="ArgumentException">The options name no policy at all, a custom policy is null, or the policies are inconsistent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CeuRulesOptions.MaxDegreeOfParallelism"/> is below 1 or above 1024.</exception>
    public static IServiceCollection AddCeuRules(this IServiceCollection services, IConfiguration configuration, Action<CeuRulesOptions>? configure = null)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configuration);
        return services.AddCeuRules(options =>
        {
            Read(configuration, options);
            configure?.Invoke(options);
        });
    }

    private static void Read(IConfiguration configuration, CeuRulesOptions options)
    {
        foreach (var setting in configuration.GetChildren())
        {
            string where = setting.Path;
            if (string.Equals(setting.Key, nameof(CeuRulesOptions.IncludeBuiltInPolicies), StringComparison.OrdinalIgnoreCase))
            {
                options.IncludeBuiltInPolicies = bool.TryParse(setting.Value, out bool include)
                    ? include
                    : throw new FormatException($"The setting {where} is '{setting.Value}', not true or false.");
            }
            else if (string.Equals(setting.Key, nameof(CeuRulesOptions.PolicyDirectory), StringComparison.OrdinalIgnoreCase))
            {
                options.PolicyDirectory = string.IsNullOrWhiteSpace(setting.Value)
                    ? throw new FormatException($"The setting {where} is empty; name a folder of policy files, or leave the setting out.")
                    : setting.Value;
            }
            else if (string.Equals(setting.Key, nameof(CeuRulesOptions.MaxDegreeOfParallelism), StringComparison.OrdinalIgnoreCase))
            {
                options.MaxDegreeOfParallelism = int.TryParse(setting.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parallelism)
                    ? parallelism
                    : throw new FormatException($"The setting {where} is '{setting.Value}', not an integer.");
            }
            else
            {
                throw new FormatException(
                    $"The setting {where} is no CeuRules option (the options are {nameof(CeuRulesOptions.IncludeBuiltInPolicies)}, {nameof(CeuRulesOptions.PolicyDirectory)} and {nameof(CeuRulesOptions.MaxDegreeOfParallelism)}).");
            }
        }
    }

    /// <summary>
    /// Registers CeuRules as <see cref="AddCeuRules(IServiceCollection)"/> does, configured by
    /// <paramref name="configure"/>. The options are validated now: a bad configuration throws here,
    /// not at the first evaluation.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options name no policy at all, a custom policy is null, the policies are
    /// inconsistent (for example two versions of a credential taking effect on the same date), or the policy directory
    /// has an error finding (each is in the message, with its file, path and code).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CeuRulesOptions.MaxDegreeOfParallelism"/> is below 1 or above 1024.</exception>
    public static IServiceCollection AddCeuRules(this IServiceCollection services, Action<CeuRulesOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        var options = new CeuRulesOptions();
        configure(options);

        Preconditions.CheckArgument(options.Policies.All(p => p is not null), "A custom policy in CeuRulesOptions.Policies is null.", nameof(configure));
        var policies = (options.IncludeBuiltInPolicies ? PolicyCatalog.BuiltIn.Policies : []).Concat(options.Policies).ToList();
        Preconditions.CheckArgument(policies.Count > 0 || options.PolicyDirectory is not null,
            "CeuRulesOptions names no policy: IncludeBuiltInPolicies is false, Policies is empty and there is no PolicyDirectory.", nameof(configure));
        var catalog = options.IncludeBuiltInPolicies && options.Policies.Count == 0 ? PolicyCatalog.BuiltIn : new PolicyCatalog(policies);
        if (options.PolicyDirectory is { } directory)
        {
            var read = PolicyDirectory.Read(directory, catalog);
            catalog = read.Catalog ?? throw new ArgumentException(
                $"The policy directory '{directory}' is refused: {string.Join(" ", read.Findings.Where(f => f.Severity == FindingSeverity.Error))}", nameof(configure));
        }
        Preconditions.CheckArgument(!catalog.Credentials.IsEmpty,
            $"CeuRulesOptions names no policy: IncludeBuiltInPolicies is false, Policies is empty and the policy directory '{options.PolicyDirectory}' has no policy file.", nameof(configure));
        int parallelism = WorkforceEvaluator.DegreeOf(options.MaxDegreeOfParallelism);

        // Each service resolves what it uses from the container, so that a host's own registration
        // (a PolicyCatalog of its own, an evaluator, a clock) wins over these and is used by the others.
        services.TryAddSingleton(catalog);
        services.TryAddSingleton(provider => new CertificationEvaluator(provider.GetRequiredService<PolicyCatalog>()));
        services.TryAddSingleton(provider => new WorkforceEvaluator(provider.GetRequiredService<CertificationEvaluator>(), parallelism));
        services.TryAddSingleton(provider => new Catalogs.CatalogValidator(provider.GetRequiredService<PolicyCatalog>()));
        services.TryAddSingleton(options.Clock ?? SystemClock.Instance);
        return services;
    }
}
