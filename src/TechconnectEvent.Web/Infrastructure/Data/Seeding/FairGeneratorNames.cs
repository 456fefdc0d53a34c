using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// Made-up exhibitors, technologies and people for a whole generated fair, in Vietnamese (with diacritics) and
/// English. Every name is invented; a few foreign organisations stand for the "foreign technology enterprises" zone.
/// </summary>
internal static class FairGeneratorNames
{
    public static readonly string[] Provinces =
        ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Quảng Ninh", "Cần Thơ", "Hải Phòng", "Bắc Ninh", "Thái Nguyên", "Nghệ An",
         "Thừa Thiên Huế", "Khánh Hòa", "Đồng Nai", "Bình Dương", "Lâm Đồng", "Vĩnh Phúc", "Hưng Yên"];

    private static readonly (string Country, string City)[] ForeignCountries =
        [("JP", "Osaka"), ("KR", "Daejeon"), ("DE", "Stuttgart"), ("FR", "Grenoble"), ("SG", "Singapore"), ("US", "Austin"), ("IL", "Haifa")];

    private static readonly (string Vi, string En)[] Brands =
        [("Sao Việt", "Sao Viet"), ("Ánh Dương", "Anh Duong"), ("Bình Minh", "Binh Minh"), ("Đông Á", "Dong A"), ("Hạ Long", "Ha Long"),
         ("Phương Nam", "Phuong Nam"), ("Tân Tiến", "Tan Tien"), ("Thăng Long", "Thang Long"), ("Cửu Long", "Cuu Long"), ("Hồng Hà", "Hong Ha"),
         ("Trường Sơn", "Truong Son"), ("Lạc Hồng", "Lac Hong"), ("Đại Việt", "Dai Viet"), ("Sông Hàn", "Song Han"), ("Bạch Đằng", "Bach Dang"),
         ("Tây Nguyên", "Tay Nguyen"), ("Hòa Bình", "Hoa Binh"), ("Phú Sĩ", "Phu Si"), ("Kim Long", "Kim Long"), ("Mê Kông", "Mekong")];

    private static readonly (string Vi, string En)[] Trades =
        [("Công nghệ", "Technology"), ("Giải pháp Số", "Digital Solutions"), ("Năng lượng Xanh", "Green Energy"), ("Vật liệu Mới", "New Materials"),
         ("Tự động hóa", "Automation"), ("Logistics Thông minh", "Smart Logistics"), ("Công nghệ Sinh học", "Biotechnology"),
         ("Thiết bị Y tế", "Medical Devices"), ("Nông nghiệp Công nghệ cao", "High-Tech Agriculture"), ("Vi mạch", "Microchips"),
         ("Robot", "Robotics"), ("Dữ liệu", "Data")];

    private static readonly (string Vi, string En)[] CompanyForms =
        [("Công ty Cổ phần", "JSC"), ("Công ty TNHH", "Co., Ltd."), ("Công ty TNHH MTV", "One Member Co., Ltd.")];

    private static readonly (string Vi, string En)[] InstituteFields =
        [("Công nghệ Thông tin", "Information Technology"), ("Khoa học Vật liệu", "Materials Science"), ("Năng lượng Tái tạo", "Renewable Energy"),
         ("Cơ điện tử", "Mechatronics"), ("Công nghệ Sinh học", "Biotechnology"), ("Hóa học Ứng dụng", "Applied Chemistry"), ("Nghiên cứu Biển", "Marine Research")];

    private static readonly (string Vi, string En)[] Cooperatives =
        [("Nông sản Sạch", "Clean Produce"), ("Hải sản", "Seafood"), ("Dược liệu", "Medicinal Herbs"), ("Chè", "Tea"), ("Nấm", "Mushrooms")];

    private static readonly string[] ForeignStems = ["Nexa", "Kōgen", "Helio", "Quanta", "Veritas", "Lumen", "Arcus", "Sensio", "Tera", "Orbis"];
    private static readonly string[] ForeignTrades = ["Robotics", "Semiconductor", "Energy Systems", "Biotech", "AI Labs", "Materials", "Logistics"];

    /// <summary>Each type an exhibitor can have, with how often it appears (most exhibitors are enterprises).</summary>
    public static readonly (OrganizationType Type, int Weight)[] Types =
        [(OrganizationType.Enterprise, 24), (OrganizationType.HighTechEnterprise, 14), (OrganizationType.ScienceTechEnterprise, 12),
         (OrganizationType.Institute, 10), (OrganizationType.University, 10), (OrganizationType.MarketIntermediary, 5),
         (OrganizationType.Locality, 6), (OrganizationType.ForeignTechCompany, 7), (OrganizationType.Cooperative, 6),
         (OrganizationType.Sponsor, 3), (OrganizationType.GovernmentAgency, 3)];

    /// <summary>A new organisation of <paramref name="type"/>; its name is made unique by the caller.</summary>
    public static Organization Organization(OrganizationType type, Random random)
    {
        var province = Pick(Provinces, random);
        var brand = Pick(Brands, random);
        var trade = Pick(Trades, random);
        var (vi, en, country) = type switch
        {
            OrganizationType.Institute => ($"Viện {Pick(InstituteFields, random).Vi} {brand.Vi}", $"{brand.En} Institute of {Pick(InstituteFields, random).En}", "VN"),
            OrganizationType.University => ($"Trường Đại học {trade.Vi} {province}", $"{province} University of {trade.En}", "VN"),
            OrganizationType.MarketIntermediary => ($"Trung tâm Ứng dụng và Chuyển giao Công nghệ {province}", $"{province} Technology Application and Transfer Centre", "VN"),
            OrganizationType.Locality => ($"Sở Khoa học và Công nghệ {province}", $"{province} Department of Science and Technology", "VN"),
            OrganizationType.Cooperative => ($"Hợp tác xã {Pick(Cooperatives, random).Vi} {brand.Vi}", $"{brand.En} {Pick(Cooperatives, random).En} Cooperative", "VN"),
            OrganizationType.Sponsor => ($"Tập đoàn {trade.Vi} {brand.Vi}", $"{brand.En} {trade.En} Group", "VN"),
            OrganizationType.GovernmentAgency => ($"Cục Phát triển {trade.Vi}", $"Department for {trade.En} Development", "VN"),
            OrganizationType.ForeignTechCompany => ForeignName(random),
            _ => ($"{Pick(CompanyForms, random).Vi} {trade.Vi} {brand.Vi}", $"{brand.En} {trade.En} {Pick(CompanyForms, random).En}", "VN"),
        };
        return new Organization
        {
            Name = new LocalizedText(vi.Normalize(), en),
            Type = type,
            Country = country,
            Province = country == "VN" ? province : null,
        };
    }

    private static (string Vi, string En, string Country) ForeignName(Random random)
    {
        var (country, city) = Pick(ForeignCountries, random);
        var name = $"{Pick(ForeignStems, random)} {Pick(ForeignTrades, random)} ({city})";
        return (name, name, country);
    }

    private static readonly Dictionary<TechnologyField, (string Vi, string En)[]> TechnologyTitles = new()
    {
        [TechnologyField.ArtificialIntelligence] = [("Hệ thống nhận dạng giọng nói tiếng Việt", "Vietnamese speech recognition system"), ("Camera AI giám sát giao thông", "AI traffic-monitoring camera")],
        [TechnologyField.SemiconductorChips] = [("Chip cảm biến IoT công suất thấp", "Low-power IoT sensor chip"), ("Mô-đun vi điều khiển thiết kế trong nước", "Domestically designed microcontroller module")],
        [TechnologyField.Blockchain] = [("Nền tảng truy xuất nguồn gốc nông sản", "Farm-produce traceability platform"), ("Sổ cái số cho hợp đồng chuyển giao", "Digital ledger for transfer contracts")],
        [TechnologyField.Robotics] = [("Robot tự hành trong kho hàng", "Autonomous warehouse robot"), ("Cánh tay robot hàn ống", "Pipe-welding robot arm")],
        [TechnologyField.NewMaterials] = [("Vật liệu composite từ xơ dừa", "Coconut-fibre composite material"), ("Bê tông nhẹ từ tro bay", "Lightweight fly-ash concrete")],
        [TechnologyField.GreenEnergy] = [("Pin mặt trời nổi trên hồ thủy lợi", "Floating solar panels for reservoirs"), ("Hệ thống lưu trữ điện gia đình", "Home battery storage system")],
        [TechnologyField.Biotechnology] = [("Chế phẩm vi sinh xử lý chất thải chăn nuôi", "Microbial treatment for livestock waste"), ("Nhân giống lan bằng nuôi cấy mô", "Orchid propagation by tissue culture")],
        [TechnologyField.DigitalTechnology] = [("Nền tảng chính quyền số cấp xã", "Digital government platform for communes"), ("Bản sao số nhà máy", "Factory digital twin")],
        [TechnologyField.HealthAndMedicine] = [("Máy đo đường huyết không xâm lấn", "Non-invasive glucose meter"), ("Bộ xét nghiệm nhanh sốt xuất huyết", "Rapid dengue test kit")],
        [TechnologyField.Agriculture] = [("Hệ thống tưới nhỏ giọt thông minh", "Smart drip irrigation"), ("Máy sấy nông sản bằng năng lượng mặt trời", "Solar crop dryer")],
        [TechnologyField.LogisticsAndSupplyChain] = [("Phần mềm tối ưu tuyến giao hàng", "Delivery route optimiser"), ("Kho lạnh giám sát từ xa", "Remotely monitored cold store")],
    };

    public static readonly TechnologyField[] Fields = [.. TechnologyTitles.Keys];

    public static Technology Technology(TechnologyField field, Random random)
    {
        var (vi, en) = Pick(TechnologyTitles[field], random);
        return new Technology
        {
            Title = new LocalizedText(vi, en),
            Field = field,
            ReadinessLevel = random.Next(4, 10),
            OfferType = (TechnologyOfferType)random.Next(4),
            Description = $"{vi} (hư cấu) / {en} (fictional)",
        };
    }

    public static (string Vi, string En) FieldName(TechnologyField field) => field switch
        {
            TechnologyField.ArtificialIntelligence => ("trí tuệ nhân tạo", "artificial intelligence"),
            TechnologyField.SemiconductorChips => ("chip bán dẫn", "semiconductor chips"),
            TechnologyField.Blockchain => ("chuỗi khối", "blockchain"),
            TechnologyField.Robotics => ("robot", "robotics"),
            TechnologyField.NewMaterials => ("vật liệu mới", "new materials"),
            TechnologyField.GreenEnergy => ("năng lượng xanh", "green energy"),
            TechnologyField.Biotechnology => ("công nghệ sinh học", "biotechnology"),
            TechnologyField.DigitalTechnology => ("công nghệ số", "digital technology"),
            TechnologyField.HealthAndMedicine => ("y tế và sức khỏe", "health and medicine"),
            TechnologyField.Agriculture => ("nông nghiệp", "agriculture"),
            TechnologyField.LogisticsAndSupplyChain => ("logistics và chuỗi cung ứng", "logistics and supply chains"),
            _ => ("khoa học và công nghệ", "science and technology"),
        };

    /// <summary>"Nguyễn Văn Hùng": a Vietnamese full name from the delegate generator's pool.</summary>
    public static string VietnamesePerson(Random random)
    {
        var pool = DelegateGeneratorNames.Vietnamese;
        var female = random.Next(2) == 0;
        var middles = (female ? pool.FemaleMiddles : pool.MaleMiddles) ?? [];
        var given = female ? pool.Female : pool.Male;
        var middle = middles.Length > 0 ? " " + middles[random.Next(middles.Length)].Written : "";
        return $"{pool.Families[random.Next(pool.Families.Length)].Written}{middle} {given[random.Next(given.Length)].Written}".Normalize();
    }

    public static readonly string[] SignatoryPositions = ["Tổng Giám đốc", "Giám đốc", "Viện trưởng", "Hiệu trưởng", "Phó Giám đốc", "Chủ tịch Hội đồng quản trị"];

    public static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
