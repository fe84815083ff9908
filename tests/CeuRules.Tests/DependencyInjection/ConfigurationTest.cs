using System;
using System.Collections.Generic;
using CeuRules.DependencyInjection;
using CeuRules.Evaluation;
using CeuRules.Policies;
using CeuRules.Workforce;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CeuRules.Tests.DependencyInjection;

/// <summary>AddCeuRules reads its options from a configuration section, as appsettings.json and environment variables give them.</summary>
public sealed class ConfigurationTest
{
    private static IConfigurationSection Section(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (key, value) in settings)
        {
            values["CeuRules:" + key] = value;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("CeuRules");
    }

    [Fact]
    public void The_settings_of_the_section_are_the_options_and_case_does_not_matter()
    {
        using var provider = new ServiceCollection()
            .AddCeuRules(Section(("maxDegreeOfParallelism", "3"), ("IncludeBuiltInPolicies", "True")))
            .BuildServiceProvider();
        Assert.Equal(3, provider.GetRequiredService<WorkforceEvaluator>().MaxDegreeOfParallelism);
        Assert.Same(PolicyCatalog.BuiltIn, provider.GetRequiredService<PolicyCatalog>());
    }

    [Fact]
    public void A_missing_section_leaves_the_defaults_and_the_callback_runs_after_the_section()
    {
        int? seen = null;
        using var provider = new ServiceCollection()
            .AddCeuRules(Section(("MaxDegreeOfParallelism", "5")).GetSection("Absent").GetSection("Nothing"), _ => { })
            .BuildServiceProvider();
        Assert.Equal(Environment.ProcessorCount, provider.GetRequiredService<WorkforceEvaluator>().MaxDegreeOfParallelism);

        using var overridden = new ServiceCollection()
            .AddCeuRules(Section(("MaxDegreeOfParallelism", "5")), o => { seen = o.MaxDegreeOfParallelism; o.MaxDegreeOfParallelism = 2; })
            .BuildServiceProvider();
        Assert.Equal(5, seen);
        Assert.Equal(2, overridden.GetRequiredService<WorkforceEvaluator>().MaxDegreeOfParallelism);
    }

    [Theory]
    [InlineData("MaxDegreeOfParallelism", "four", "CeuRules:MaxDegreeOfParallelism")]
    [InlineData("MaxDegreeOfParallelism", "", "CeuRules:MaxDegreeOfParallelism")]
    [InlineData("MaxDegreeOfParallelism", "2.5", "CeuRules:MaxDegreeOfParallelism")]
    [InlineData("IncludeBuiltInPolicies", "yes", "CeuRules:IncludeBuiltInPolicies")]
    [InlineData("MaxDegreeOfParalelism", "4", "CeuRules:MaxDegreeOfParalelism")]
    [InlineData("Policies:0", "employer.json", "CeuRules:Policies")]
    public void A_bad_value_or_an_unknown_key_throws_naming_its_path(string key, string value, string path)
    {
        var error = Assert.Throws<FormatException>(() => new ServiceCollection().AddCeuRules(Section((key, value))));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_out_of_range_and_no_policy_at_all_are_refused_as_by_the_callback()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddCeuRules(Section(("MaxDegreeOfParallelism", "0"))));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCeuRules(Section(("IncludeBuiltInPolicies", "false"))));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCeuRules((IConfiguration)null!));
    }

    [Fact]
    public void The_evaluator_registered_from_configuration_is_the_one_resolved()
    {
        using var provider = new ServiceCollection().AddCeuRules(Section()).BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<CertificationEvaluator>(), provider.GetRequiredService<WorkforceEvaluator>().Evaluator);
    }
}
