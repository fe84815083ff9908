using System;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Policies;
using CeuRules.Utility;
using CeuRules.Workforce;
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
    /// Services already registered are left as they are, so a second call is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCeuRules(this IServiceCollection services) => services.AddCeuRules(_ => { });

    /// <summary>
    /// Registers CeuRules as <see cref="AddCeuRules(IServiceCollection)"/> does, configured by
    /// <paramref name="configure"/>. The options are validated now: a bad configuration throws here,
    /// not at the first evaluation.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options name no policy at all, a custom policy is null, or the policies are
    /// inconsistent (for example two versions of a credential taking effect on the same date).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CeuRulesOptions.MaxDegreeOfParallelism"/> is below 1 or above 1024.</exception>
    public static IServiceCollection AddCeuRules(this IServiceCollection services, Action<CeuRulesOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        var options = new CeuRulesOptions();
        configure(options);

        Preconditions.CheckArgument(options.Policies.All(p => p is not null), "A custom policy in CeuRulesOptions.Policies is null.", nameof(configure));
        var policies = (options.IncludeBuiltInPolicies ? PolicyCatalog.BuiltIn.Policies : []).Concat(options.Policies).ToList();
        Preconditions.CheckArgument(policies.Count > 0,
            "CeuRulesOptions names no policy: IncludeBuiltInPolicies is false and Policies is empty.", nameof(configure));
        var catalog = options.IncludeBuiltInPolicies && options.Policies.Count == 0 ? PolicyCatalog.BuiltIn : new PolicyCatalog(policies);
        var evaluator = new CertificationEvaluator(catalog);
        var workforce = new WorkforceEvaluator(evaluator, options.MaxDegreeOfParallelism);

        services.TryAddSingleton(catalog);
        services.TryAddSingleton(evaluator);
        services.TryAddSingleton(workforce);
        services.TryAddSingleton(new Catalogs.CatalogValidator(catalog));
        services.TryAddSingleton(options.Clock ?? SystemClock.Instance);
        return services;
    }
}
