using System;
using System.Linq;
using System.Reflection;
using CeuRules.Evaluation;
using CeuRules.Json;
using Xunit;

namespace CeuRules.Tests.PublicApi;

/// <summary>Reflection checks over the whole public surface, in the way NodaTime checks its own.</summary>
public sealed class ConsistencyTest
{
    public static TheoryData<Type> PublicTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(CertificationEvaluator).Assembly.GetExportedTypes().Concat(typeof(TranscriptJsonReader).Assembly.GetExportedTypes())
                     .Concat(typeof(Reports.EvaluationReport).Assembly.GetExportedTypes())
                     .Where(t => t.Namespace?.StartsWith("CeuRules", StringComparison.Ordinal) == true))   // not the helpers mutation testing injects
        {
            data.Add(type);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_classes_are_sealed_static_or_abstract(Type type)
    {
        if (type.IsClass && !typeof(Delegate).IsAssignableFrom(type))
        {
            Assert.True(type.IsSealed || type.IsAbstract, $"{type} is neither sealed, static nor abstract.");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_types_have_no_public_setters_other_than_init(Type type)
    {
        if (type.Name.EndsWith("Options", StringComparison.Ordinal))
        {
            return; // options are set while configuring a registration, then read once
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var setter = property.SetMethod;
            if (setter is { IsPublic: true })
            {
                bool isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                Assert.True(isInit, $"{type}.{property.Name} has a public setter.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_value_types_are_readonly_and_equatable(Type type)
    {
        if (type.IsValueType && !type.IsEnum)
        {
            Assert.True(type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"), $"{type} is not a readonly struct.");
            Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
        }
    }
}
