using System;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Workforce;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Workforce;

/// <summary>
/// The documented contract of <see cref="Person"/>, and the display forms of <see cref="PersonEvaluation"/> and
/// <see cref="CertificationEvaluation"/> that logs and HR exports show.
/// </summary>
public sealed class PersonContractTest
{
    [Fact]
    public void A_null_certification_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new Person("p", [Cma(D(2021, 2, 10)), null!], Transcript.Empty));
        Assert.Equal("certifications", e.ParamName);
        Assert.StartsWith("A certification must not be null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused_naming_them()
    {
        Assert.Equal("personId", Assert.Throws<ArgumentNullException>(() => new Person(null!, [], Transcript.Empty)).ParamName);
        Assert.Equal("certifications", Assert.Throws<ArgumentNullException>(() => new Person("p", null!, Transcript.Empty)).ParamName);
        Assert.Equal("transcript", Assert.Throws<ArgumentNullException>(() => new Person("p", [], null!)).ParamName);
        Assert.Equal("personId", Assert.Throws<ArgumentException>(() => new Person(" ", [], Transcript.Empty)).ParamName);
    }

    [Fact]
    public void An_evaluation_formats_as_credential_status_and_expiration()
    {
        var result = new CertificationEvaluator().Evaluate(Cma(D(2021, 2, 10)), Transcript.Empty, D(2021, 3, 1));
        Assert.Equal("CMA (AAMA): in-progress, expires 2026-02-28", result.ToString());
    }

    [Fact]
    public void A_person_evaluation_formats_as_the_id_and_each_result_comma_separated()
    {
        var person = new Person("E-1042", [Cma(D(2021, 2, 10)), Cma(D(2020, 12, 1))], Transcript.Empty);
        var evaluation = new WorkforceEvaluator(new CertificationEvaluator()).Evaluate(person, D(2021, 3, 1));
        Assert.Equal("E-1042: CMA (AAMA): in-progress, expires 2026-02-28, CMA (AAMA): in-progress, expires 2025-12-31", evaluation.ToString());
        Assert.Equal("E-1042", person.ToString());
    }
}
