using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CeuRules.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// Every decision argument is declared once, as a typed key (<see cref="ArgumentKeys"/>): the engine writes
/// no other name and no value of another type, and readers read by the keys (<see cref="DecisionArguments"/>), so
/// that a read with a wrong name or type does not compile.
/// </summary>
public sealed class ArgumentKeysTest
{
    private static Dictionary<string, ArgumentKey> Declared()
    {
        var keys = new Dictionary<string, ArgumentKey>(StringComparer.Ordinal);
        foreach (var field in typeof(ArgumentKeys).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var key = Assert.IsAssignableFrom<ArgumentKey>(field.GetValue(null));
            Assert.Equal(char.ToUpperInvariant(key.Name[0]) + key.Name[1..], field.Name);
            Assert.True(keys.TryAdd(key.Name, key), $"The argument name '{key.Name}' is declared twice.");
        }
        return keys;
    }

    [Fact]
    public void Every_argument_the_engine_writes_has_a_declared_name_and_a_value_of_the_declared_type()
    {
        var keys = Declared();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scenarios = AnyPolicyGenerators.ScenarioGen(maxActivities: 14).Sample(300, new Rnd(20261207UL, 29UL), 40).ToList();
        var evaluator = new CertificationEvaluator(AnyPolicyGenerators.Catalog);
        var evaluations = scenarios.Select(s => evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf))
            .Concat(CeuRules.Tests.Explanations.PlainWordsTest.OnBuiltInPolicies(scenarios));
        foreach (var evaluation in evaluations)
        {
            foreach (var (code, arguments) in ArgumentsOf(evaluation))
            {
                foreach (var argument in arguments)
                {
                    Assert.True(keys.TryGetValue(argument.Name, out var key), $"The code '{code}' writes the argument '{argument.Name}', which no key declares.");
                    Assert.True(key.ValueType.IsInstanceOfType(argument.Value),
                        $"The code '{code}' writes '{argument.Name}' as {argument.Value.GetType().Name}; its key declares {key.ValueType.Name}.");
                    seen.Add(argument.Name);
                }
            }
        }

        // The sample reaches most keys, so that a producer writing a wrong name or type is met.
        Assert.True(seen.Count >= keys.Count * 3 / 4, $"Only {seen.Count} of {keys.Count} keys were written: {string.Join(", ", keys.Keys.Except(seen))} were not.");
    }

    private static IEnumerable<(string Code, ImmutableArray<DecisionArgument> Arguments)> ArgumentsOf(CertificationEvaluation evaluation)
    {
        foreach (var decision in evaluation.Activities)
        {
            foreach (var credit in decision.NotCounted)
            {
                yield return (credit.Code, credit.Arguments);
            }
            foreach (var note in decision.Notes)
            {
                yield return (note.Code, note.Arguments);
            }
        }
        foreach (var note in evaluation.Notes)
        {
            yield return (note.Code, note.Arguments);
        }
        foreach (var route in evaluation.Routes)
        {
            yield return (route.Code, route.Arguments);
        }
        yield return (evaluation.NextStep.Code, evaluation.NextStep.Arguments);
    }
}
