using TechconnectEvent.Web.Features.Connections.Matchmaking;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Connections.Matchmaking;

public sealed class SuggestionsTests
{
    private static MatchItem Item(int id, int organization, TechnologyField field, string titleVi, string titleEn = "", string descriptionVi = "", string descriptionEn = "", bool published = true) =>
        new(id, organization, field, new LocalizedText(titleVi, titleEn), new LocalizedText(descriptionVi, descriptionEn), published);

    [Fact]
    public void SameField_RanksAboveAnotherFieldWithTheSameWords()
    {
        var need = Item(1, 10, TechnologyField.GreenEnergy, "Cần pin lưu trữ");
        var otherField = Item(2, 20, TechnologyField.NewMaterials, "Pin lưu trữ");
        var sameField = Item(3, 30, TechnologyField.GreenEnergy, "Pin lưu trữ");

        var found = SuggestionIndex.Build([otherField, sameField], [need]).OffersFor(1);

        Assert.Equal([3, 2], found.Select(s => s.Id));
        Assert.True(found[0].SameField);
        Assert.False(found[1].SameField);
    }

    [Fact]
    public void FoldedDiacritics_MatchWordsTypedWithoutThem()
    {
        var need = Item(1, 10, TechnologyField.Agriculture, "Tiết kiệm năng lượng cho nhà kính");
        var offer = Item(2, 20, TechnologyField.Robotics, "Bo dieu khien nang luong");

        var found = SuggestionIndex.Build([offer], [need]).OffersFor(1);

        var suggestion = Assert.Single(found);
        Assert.Equal(["năng", "lượng"], suggestion.CommonWords);
    }

    [Fact]
    public void EnglishWords_MatchAcrossItems_AndAWordInBothLanguagesCountsOnce()
    {
        var need = Item(1, 10, TechnologyField.Other, "Xử lý nước thải", "Wastewater treatment", "Cần xử lý wastewater", "Membrane filtration wanted");
        var offer = Item(2, 20, TechnologyField.NewMaterials, "Màng lọc", "Membrane for wastewater", "", "Membrane filtration");

        var suggestion = Assert.Single(SuggestionIndex.Build([offer], [need]).OffersFor(1));

        Assert.Equal(["wastewater", "membrane", "filtration"], suggestion.CommonWords);
        Assert.Equal(3, suggestion.Score);
    }

    [Fact]
    public void SameOrganisation_AndUnpublished_AreNeverSuggested()
    {
        var need = Item(1, 10, TechnologyField.GreenEnergy, "Pin mặt trời");
        var own = Item(2, 10, TechnologyField.GreenEnergy, "Pin mặt trời");
        var withdrawn = Item(3, 20, TechnologyField.GreenEnergy, "Pin mặt trời", published: false);
        var other = Item(4, 30, TechnologyField.GreenEnergy, "Pin mặt trời");

        var index = SuggestionIndex.Build([own, withdrawn, other], [need]);

        Assert.Equal([4], index.OffersFor(1).Select(s => s.Id));
        Assert.Empty(index.NeedsFor(3));
        Assert.Equal([1], index.NeedsFor(4).Select(s => s.Id));
    }

    [Fact]
    public void Ties_GoToTheLowerId_WhateverTheInputOrder_AndTopCutsTheList()
    {
        var need = Item(1, 10, TechnologyField.Robotics, "Robot hàn");
        var offers = Enumerable.Range(2, 8).Select(id => Item(id, 100 + id, TechnologyField.Robotics, "Robot hàn ống")).ToList();

        var forward = SuggestionIndex.Build(offers, [need]).OffersFor(1, top: 5);
        var backward = SuggestionIndex.Build(Enumerable.Reverse(offers), [need]).OffersFor(1, top: 5);

        Assert.Equal([2, 3, 4, 5, 6], forward.Select(s => s.Id));
        Assert.Equal(forward, backward, (a, b) => a.Id == b.Id && a.Score == b.Score && a.CommonWords.SequenceEqual(b.CommonWords));
    }

    [Fact]
    public void Reasons_NameTheFieldAndTheCommonWords_AndNothingMatchesOnStopWordsOrShortWords()
    {
        var need = Item(1, 10, TechnologyField.GreenEnergy, "Công nghệ lưu trữ điện và pin cho các hộ", "Technology for storage");
        var offer = Item(2, 20, TechnologyField.GreenEnergy, "Giải pháp pin lưu trữ cho hộ gia đình", "Storage solution and technology");
        var unrelated = Item(3, 30, TechnologyField.Biotechnology, "Công nghệ và giải pháp cho các hộ", "Technology and solution");

        var found = SuggestionIndex.Build([offer, unrelated], [need]).OffersFor(1);

        var suggestion = Assert.Single(found);
        Assert.True(suggestion.SameField);
        Assert.Equal(["lưu", "trữ", "pin", "storage"], suggestion.CommonWords);
        Assert.Equal(SuggestionIndex.FieldWeight + 4, suggestion.Score);
    }

    [Fact]
    public void WordsMostItemsShare_LikeADemoMarker_DoNotMatch_ButRareWordsStillDo()
    {
        const string Marker = "Dữ liệu minh họa (hư cấu)";
        var need = Item(1, 10, TechnologyField.Other, "Xử lý nước thải mỏ", descriptionVi: Marker);
        var fitting = Item(2, 20, TechnologyField.NewMaterials, "Màng lọc nước thải", descriptionVi: Marker);
        var others = new[]
        {
            Item(3, 30, TechnologyField.Robotics, "Robot hàn", descriptionVi: Marker),
            Item(4, 40, TechnologyField.SemiconductorChips, "Chip công suất", descriptionVi: Marker),
            Item(5, 50, TechnologyField.Biotechnology, "Giống chè", descriptionVi: Marker),
            Item(6, 60, TechnologyField.Agriculture, "Sấy dược liệu", descriptionVi: Marker),
        };

        var found = SuggestionIndex.Build([fitting, .. others], [need]).OffersFor(1);

        var suggestion = Assert.Single(found);
        Assert.Equal(2, suggestion.Id);
        Assert.Equal(["nước", "thải"], suggestion.CommonWords);
    }
}
