using System;
using CeuRules.DependencyInjection;
using CeuRules.Evaluation;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using CeuRules.Workforce;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Workforce;

public sealed class DependencyInjectionTest
{
    [Fact]
    public void AddCeuRules_registers_the_catalog_the_evaluators_and_the_system_clock()
    {
        using var provider = new ServiceCollection().AddCeuRules().BuildServiceProvider();
        Assert.Same(PolicyCatalog.BuiltIn, provider.GetRequiredService<PolicyCatalog>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        var evaluator = provider.GetRequiredService<CertificationEvaluator>();
        Assert.Same(evaluator, provider.GetRequiredService<WorkforceEvaluator>().Evaluator);
        Assert.Same(evaluator, provider.GetRequiredService<CertificationEvaluator>());
        Assert.Same(PolicyCatalog.BuiltIn, provider.GetRequiredService<CeuRules.Catalogs.CatalogValidator>().Policies);
    }

    [Fact]
    public void Calling_it_twice_is_harmless_and_the_first_registration_wins()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var services = new ServiceCollection().AddCeuRules(o => o.Clock = clock).AddCeuRules();
        Assert.Single(services, d => d.ServiceType == typeof(CertificationEvaluator));
        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Every_service_resolves_the_hosts_own_catalog_and_evaluator_when_the_host_registered_them()
    {
        var catalog = new PolicyCatalog([AamaCma.From2020]);
        using (var provider = new ServiceCollection().AddSingleton(catalog).AddCeuRules().BuildServiceProvider())
        {
            Assert.Same(catalog, provider.GetRequiredService<PolicyCatalog>());
            Assert.Same(catalog, provider.GetRequiredService<CertificationEvaluator>().Catalog);
            Assert.Same(catalog, provider.GetRequiredService<WorkforceEvaluator>().Evaluator.Catalog);
            Assert.Same(catalog, provider.GetRequiredService<CeuRules.Catalogs.CatalogValidator>().Policies);
        }

        // Registered by a factory of the host's, after AddCeuRules: the last registration of a service is the one resolved.
        using (var provider = new ServiceCollection().AddCeuRules().AddSingleton(_ => catalog).BuildServiceProvider())
        {
            Assert.Same(catalog, provider.GetRequiredService<CertificationEvaluator>().Catalog);
        }

        var evaluator = new CertificationEvaluator(catalog);
        using (var provider = new ServiceCollection().AddSingleton(evaluator).AddCeuRules(o => o.MaxDegreeOfParallelism = 2).BuildServiceProvider())
        {
            Assert.Same(evaluator, provider.GetRequiredService<WorkforceEvaluator>().Evaluator);
            Assert.Equal(2, provider.GetRequiredService<WorkforceEvaluator>().MaxDegreeOfParallelism);
        }
    }

    [Fact]
    public void The_resolved_evaluator_behaves_as_one_built_by_hand()
    {
        using var provider = new ServiceCollection().AddCeuRules().BuildServiceProvider();
        var start = D(2021, 2, 10);
        var fromContainer = provider.GetRequiredService<CertificationEvaluator>().Evaluate(Cma(start), T(FullCycle(start)), D(2025, 1, 1));
        var byHand = new CertificationEvaluator().Evaluate(Cma(start), T(FullCycle(start)), D(2025, 1, 1));
        Assert.Equal(Properties.Render.Of(byHand), Properties.Render.Of(fromContainer));
    }

    [Fact]
    public void Custom_policies_join_the_catalog_and_a_fake_clock_gives_the_date()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 6, 1, 12, 0));
        var custom = new CredentialPolicy(
            new CeuRules.Model.Credential("acme-ma", new CeuRules.Model.CertifyingBody("acme", "ACME", "Acme Clinics"), "MA", "Acme Medical Assistant"),
            "2024", D(2024, 1, 1),
            new ExpirationRule("acme-ma/expiration", new RuleSource("Acme HR policy 7"), Period.FromYears(1), ExpirationConvention.DayBeforeAnniversary),
            new CreditWindowRule("acme-ma/window", new RuleSource("Acme HR policy 7")),
            new UnitRule("acme-ma/units", new RuleSource("Acme HR policy 7"), CeuRules.Model.CreditUnit.ContactHour, []),
            new CeTimeLimit("acme-ma/ce-time-limit", new RuleSource("Acme HR policy 7"), null))
        {
            Requirements = [new TotalMinimum("acme-ma/total", new RuleSource("Acme HR policy 7"), CeuRules.Model.CreditAmount.FromUnits(8))],
        };
        using var provider = new ServiceCollection().AddCeuRules(o => { o.Clock = clock; o.Policies.Add(custom); }).BuildServiceProvider();
        var catalog = provider.GetRequiredService<PolicyCatalog>();
        Assert.True(catalog.Contains(custom.Credential));
        Assert.True(catalog.Contains(CeuRules.Model.Credential.AamaCma));
        var today = provider.GetRequiredService<IClock>().GetCurrentInstant().InUtc().Date;
        var result = provider.GetRequiredService<CertificationEvaluator>().Evaluate(new CeuRules.Model.Certification(custom.Credential, D(2025, 1, 10)), CeuRules.Model.Transcript.Empty, today);
        Assert.Equal(D(2026, 1, 9), result.ExpiresOn);
        Assert.Equal(CertificationStatus.InProgress, result.Status);
    }

    [Fact]
    public void Bad_options_fail_at_registration_with_a_clear_message()
    {
        var services = new ServiceCollection();
        var none = Assert.Throws<ArgumentException>(() => services.AddCeuRules(o => o.IncludeBuiltInPolicies = false));
        Assert.Contains("names no policy", none.Message, StringComparison.Ordinal);
        var clash = Assert.Throws<ArgumentException>(() => services.AddCeuRules(o => o.Policies.Add(AamaCma.From2020)));
        Assert.Contains("same date", clash.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddCeuRules(o => o.MaxDegreeOfParallelism = 0));
        Assert.Throws<ArgumentException>(() => services.AddCeuRules(o => o.Policies.Add(null!)));
        Assert.Throws<ArgumentNullException>(() => services.AddCeuRules(null!));
        Assert.Empty(services);
    }
}
