using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>
/// Stores an instant as its UTC tick count, so that the database orders and compares instants correctly whatever
/// offset they were written with; reads them back in UTC. Shown in the edition's time zone by the pages.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
