using MailKit.Security;
using Microsoft.Extensions.Configuration;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.UnitTests.Mail;

public sealed class MailOptionsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "tc-app");

    private static MailOptions Read(params (string Key, string Value)[] settings) =>
        MailOptions.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build(), ContentRoot);

    [Fact]
    public void Read_NothingSet_WritesEmlFilesToAppDataMailWithStartTlsDefaults()
    {
        var options = Read();

        Assert.False(options.UsesSmtp);
        Assert.Equal(Path.Combine(ContentRoot, "App_Data", "mail"), options.PickupFolder);
        Assert.Equal(587, options.SmtpPort);
        Assert.Equal(SecureSocketOptions.StartTls, options.SmtpSecurity);
        Assert.Equal("no-reply@localhost", options.From.Address);
        Assert.True(options.WorkerEnabled);
    }

    [Fact]
    public void Read_SmtpAndFolderSet_TakesThemWithRelativeFolderFromTheContentRoot()
    {
        var options = Read(("Smtp:Host", "smtp.example.vn"), ("Smtp:Port", "2525"), ("Smtp:Security", "none"),
            ("Smtp:From", "Ban tổ chức <btc@techconnect.vn>"), ("Mail:PickupFolder", "outgoing"), ("Mail:Worker:Enabled", "false"));

        Assert.True(options.UsesSmtp);
        Assert.Equal(2525, options.SmtpPort);
        Assert.Equal(SecureSocketOptions.None, options.SmtpSecurity);
        Assert.Equal(("Ban tổ chức", "btc@techconnect.vn"), (options.From.Name, options.From.Address));
        Assert.Equal(Path.Combine(ContentRoot, "outgoing"), options.PickupFolder);
        Assert.False(options.WorkerEnabled);
    }

    [Theory]
    [InlineData("Smtp:Port", "seventy")]
    [InlineData("Smtp:Port", "70000")]
    [InlineData("Smtp:Security", "Tls13")]
    [InlineData("Smtp:From", "not an address")]
    public void Read_MalformedSetting_NamesTheKey(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((key, value)));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
