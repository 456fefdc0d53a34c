using System.Text.Json;

namespace TechconnectEvent.Web.Infrastructure.Auditing;

/// <summary>One field of a change, as a person reads it: <c>Roles: Delegate → SessionChair, Staff</c>.</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>Turns an entry's before/after JSON into field-by-field changes, so nobody has to read raw JSON.</summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Describe(string? before, string? after)
    {
        var old = Fields(before);
        var now = Fields(after);
        return old.Keys.Concat(now.Keys).Distinct(StringComparer.Ordinal)
            .Select(field => new AuditChange(field, old.GetValueOrDefault(field), now.GetValueOrDefault(field)))
            .Where(change => change.Before != change.After)
            .ToList();
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                fields[""] = Text(document.RootElement);
                return fields;
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = Text(property.Value);
            }
        }
        catch (JsonException)
        {
            // Rows written by hand or by an older version: show them as they are rather than hide them.
            fields[""] = json;
        }
        return fields;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };
}
