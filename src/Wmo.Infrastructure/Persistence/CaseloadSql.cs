namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Fills the caseload index (<see cref="Toegang.CaseloadHuishouden"/>, <see cref="Toegang.CaseloadLid"/>) from the rows that
/// existed before it (migration <c>Prestaties_Caseloadindex</c>), with the rule of <see cref="Domain.Huishoudens.Caseloadsleutels"/>
/// in SQL that both providers run; from then on <see cref="Toegang.CaseloadOnderhoud"/> keeps it. <c>CaseloadindexTests</c> checks
/// that both give the same rows.
/// </summary>
public static class CaseloadSql
{
    /// <summary>The INSERT statements, in order; <paramref name="sqlServer"/> chooses the quoting.</summary>
    public static IReadOnlyList<string> VulBestaandeRijen(bool sqlServer)
    {
        string N(string naam) => sqlServer ? $"[{naam}]" : $"\"{naam}\"";
        var vragen = N("Ondersteuningsvragen");
        var afgeschermd = N("HuishoudenAfgeschermd");
        return
        [
            $"INSERT INTO {N("CaseloadHuishoudens")} ({N("SleutelId")}, {N("HuishoudenId")}) " +
            $"SELECT {N("BuurtkamerId")}, {N("HuishoudenId")} FROM {vragen} WHERE {afgeschermd} = 0 " +
            $"UNION SELECT {N("BehandelaarId")}, {N("HuishoudenId")} FROM {vragen} WHERE {afgeschermd} = 0 AND {N("BehandelaarId")} IS NOT NULL " +
            $"UNION SELECT {N("RegievoerderId")}, {N("Id")} FROM {N("Huishoudens")} WHERE {N("RegievoerderId")} IS NOT NULL;",

            $"INSERT INTO {N("CaseloadLeden")} ({N("SleutelId")}, {N("HuishoudenId")}, {N("InwonerId")}, {N("ZoekAchternaam")}, {N("Voornamen")}) " +
            $"SELECT DISTINCT c.{N("SleutelId")}, c.{N("HuishoudenId")}, l.{N("InwonerId")}, i.{N("ZoekAchternaam")}, i.{N("Voornamen")} " +
            $"FROM {N("CaseloadHuishoudens")} c " +
            $"JOIN {N("Lidmaatschappen")} l ON l.{N("HuishoudenId")} = c.{N("HuishoudenId")} AND l.{N("Tot")} IS NULL " +
            $"JOIN {N("Inwoners")} i ON i.{N("Id")} = l.{N("InwonerId")};",
        ];
    }

    /// <summary>
    /// Everything to build the index from scratch into empty tables, in order (after a manual SQL correction; see
    /// docs/operations.md): <see cref="VulBestaandeRijen"/>, then <see cref="MarkeerLegacyBeschikkingen"/>.
    /// </summary>
    public static IReadOnlyList<string> OpnieuwOpbouwen(bool sqlServer) => [.. VulBestaandeRijen(sqlServer), MarkeerLegacyBeschikkingen(sqlServer)];

    /// <summary>
    /// Marks the index rows of households with a legacy beschikking (migration <c>Prestaties_CaseloadLegacy</c>, after
    /// <see cref="VulBestaandeRijen"/>): <see cref="Toegang.CaseloadHuishouden.MetLegacyBeschikking"/>.
    /// </summary>
    public static string MarkeerLegacyBeschikkingen(bool sqlServer)
    {
        string N(string naam) => sqlServer ? $"[{naam}]" : $"\"{naam}\"";
        return $"UPDATE {N("CaseloadHuishoudens")} SET {N("MetLegacyBeschikking")} = 1 " +
            $"WHERE {N("HuishoudenId")} IN (SELECT {N("HuishoudenId")} FROM {N("LegacyBeschikkingen")});";
    }
}
