using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace CeuRules.Docs.Tests;

/// <summary>
/// What a developer trips on in the public types of every package: a simple name that a commonly imported
/// System namespace also has (CS0104 in any file importing both), and a result or options type that prints
/// only its type name.
/// </summary>
public sealed class PublicSurfaceTest
{
    /// <summary>Every package's assembly.</summary>
    private static readonly Assembly[] Packages =
    [
        typeof(CeuRules.Evaluation.CertificationEvaluator).Assembly,
        typeof(CeuRules.Json.TranscriptJsonReader).Assembly,
        typeof(CeuRules.Reports.EvaluationReport).Assembly,
        typeof(CeuRules.Spreadsheets.SpreadsheetTranscriptReader).Assembly,
        typeof(CeuRules.Calendars.DeadlineCalendar).Assembly,
        typeof(CeuRules.Recommendations.CourseRecommender).Assembly,
    ];

    /// <summary>
    /// The namespaces a C# file commonly imports: a console, web or worker project's implicit usings, and the
    /// ones code beside CeuRules imports for diagnostics, globalization, text, JSON and data.
    /// </summary>
    private static readonly string[] CommonNamespaces =
    [
        "System", "System.Collections", "System.Collections.Generic", "System.Collections.Immutable", "System.Diagnostics",
        "System.Globalization", "System.IO", "System.Linq", "System.Net", "System.Net.Http", "System.Net.Http.Json",
        "System.Text", "System.Text.Json", "System.Text.RegularExpressions", "System.Threading", "System.Threading.Tasks",
        "System.Data", "System.Reflection", "System.Runtime.InteropServices", "System.ComponentModel", "System.Security",
        "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing",
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
        "Microsoft.Extensions.Logging",
    ];

    public static TheoryData<string> PublicTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Packages.SelectMany(a => a.GetExportedTypes()).Where(t => t.Namespace?.StartsWith("CeuRules", StringComparison.Ordinal) == true))
        {
            data.Add(type.AssemblyQualifiedName!);
        }
        return data;
    }

    [Fact]
    public void The_common_namespaces_are_all_found()
    {
        var found = SystemTypes().Select(t => t.Namespace).ToHashSet();
        var missing = CommonNamespaces.Where(n => !found.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "No type found in " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void No_public_type_shares_its_simple_name_with_a_type_of_a_commonly_imported_namespace(string name)
    {
        var type = Type.GetType(name, throwOnError: true)!;
        var clashes = SystemTypes().Where(t => t.Name == type.Name).Select(t => t.FullName).ToList();
        Assert.True(clashes.Count == 0, $"{type.FullName} has the simple name of {string.Join(", ", clashes)}: a file importing both does not compile (CS0104).");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Every_result_and_options_type_describes_itself(string name)
    {
        var type = Type.GetType(name, throwOnError: true)!;
        if (!type.IsClass || type.IsAbstract || !(type.Name.EndsWith("Result", StringComparison.Ordinal) || type.Name.EndsWith("Options", StringComparison.Ordinal)))
        {
            return;
        }
        var toString = type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!;
        Assert.True(toString.DeclaringType == type, $"{type.FullName} prints only its type name: it declares no ToString().");
    }

    private static readonly Lazy<List<Type>> Loaded = new(() =>
    {
        var names = new[]
        {
            "System.Runtime", "System.Collections", "System.Collections.Immutable", "System.Diagnostics.DiagnosticSource", "System.Diagnostics.Process",
            "System.Diagnostics.TraceSource", "System.Diagnostics.StackTrace", "System.Net.Http", "System.Net.Http.Json", "System.Net.Primitives", "System.Text.Json",
            "System.Text.RegularExpressions", "System.Data.Common", "System.ComponentModel.Primitives", "System.ComponentModel.TypeConverter",
            "System.Linq", "System.Threading", "System.Threading.Tasks.Parallel", "System.Runtime.InteropServices", "System.Security.Claims",
            "System.Console", "System.Private.CoreLib",
            "Microsoft.AspNetCore", "Microsoft.AspNetCore.Hosting.Abstractions", "Microsoft.AspNetCore.Http.Abstractions", "Microsoft.AspNetCore.Http",
            "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Http.Results", "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.Configuration",
            "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Hosting.Abstractions", "Microsoft.Extensions.Logging.Abstractions",
        };
        return names.Select(n => Assembly.Load(new AssemblyName(n)))
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.Namespace is { } ns && CommonNamespaces.Contains(ns) && !t.IsNested)
            .ToList();
    });

    private static List<Type> SystemTypes() => Loaded.Value;
}
