using System;
using CeuRules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CeuRules.Tests.Workforce;

/// <summary>The argument checks of <see cref="CeuRulesServiceCollectionExtensions.AddCeuRules(IServiceCollection, Action{CeuRulesOptions})"/>.</summary>
public sealed class DependencyInjectionContractTest
{
    [Fact]
    public void A_null_service_collection_is_refused_before_the_options_are_configured()
    {
        var configured = false;
        var e = Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCeuRules(_ => configured = true));
        Assert.Equal("services", e.ParamName);
        Assert.False(configured);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCeuRules()).ParamName);
    }

    [Fact]
    public void A_null_custom_policy_is_refused_with_a_message_saying_so()
    {
        var services = new ServiceCollection();
        var e = Assert.Throws<ArgumentException>(() => services.AddCeuRules(o => o.Policies.Add(null!)));
        Assert.Equal("configure", e.ParamName);
        Assert.StartsWith("A custom policy in CeuRulesOptions.Policies is null.", e.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void A_null_configure_action_is_refused_naming_it()
    {
        var services = new ServiceCollection();
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => services.AddCeuRules(null!)).ParamName);
        Assert.Empty(services);
    }
}
