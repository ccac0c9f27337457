package jp.isms.asset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetTest {

    private static final AssetChange CUSTOMER_DB = new AssetChange("顧客データベース", AssetType.INFORMATION,
            Classification.CONFIDENTIAL, 3, 2, 1, "depthead", "IT", "本社サーバ室");

    private static IsmsException refused(Executable action) {
        IsmsException e = catchThrowableOfType(IsmsException.class, action::execute);
        assertThat(e).as("an IsmsException").isNotNull();
        return e;
    }

    private static AssetChange withLevels(int c, int i, int a) {
        return new AssetChange("顧客データベース", AssetType.INFORMATION, Classification.CONFIDENTIAL, c, i, a, "depthead",
                "IT", null);
    }

    @Test
    void assetValueIsTheHighestOfCiaByDefault() {
        Asset asset = new Asset("A-00001", CUSTOMER_DB, AssetValuation.DEFAULT);

        assertThat(asset.getAssetValue()).isEqualTo(3);
        assertThat(asset.getAssetNo()).isEqualTo("A-00001");
        assertThat(asset.values()).isEqualTo(CUSTOMER_DB);
    }

    @Test
    void sumRuleAddsCia() {
        Asset asset = new Asset("A-00001", CUSTOMER_DB, new AssetValuation(3, AssetValueRule.SUM));

        assertThat(asset.getAssetValue()).isEqualTo(6);
        assertThat(AssetValueRule.SUM.highest(3)).isEqualTo(9);
        assertThat(AssetValueRule.MAX.highest(3)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 4, -1 })
    void ciaOutsideOneToThreeIsRefused(int level) {
        IsmsException e = refused(() -> new Asset("A-00001", withLevels(1, level, 1), AssetValuation.DEFAULT));

        assertThat(e.messageKey()).isEqualTo("asset.levelOutOfRange");
        assertThat(e.arguments()).containsExactly("asset.integrity", 1, 3);
    }

    @Test
    void aFiveLevelScaleAcceptsFive() {
        Asset asset = new Asset("A-00001", withLevels(5, 1, 1), new AssetValuation(5, AssetValueRule.MAX));

        assertThat(asset.getAssetValue()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = { "A-1", "a-00001", "A00001", "ASSETS-00001", "A-000000001", "Ａ-00001" })
    void assetNumberMustLookLikeA00001(String number) {
        IsmsException e = refused(() -> new Asset(number, CUSTOMER_DB, AssetValuation.DEFAULT));

        assertThat(e.messageKey()).isEqualTo("asset.assetNo.invalid");
    }

    @Test
    void missingFieldsAreNamed() {
        assertThat(refused(() -> new Asset(" ", CUSTOMER_DB, AssetValuation.DEFAULT)).arguments())
                .containsExactly("asset.assetNo");
        assertThat(refused(() -> new Asset("A-00001", new AssetChange("", AssetType.PAPER, Classification.PUBLIC, 1,
                1, 1, "top", "IT", null), AssetValuation.DEFAULT)).arguments()).containsExactly("asset.name");
        assertThat(refused(() -> new Asset("A-00001", new AssetChange("x", null, Classification.PUBLIC, 1, 1, 1, "top",
                "IT", null), AssetValuation.DEFAULT)).arguments()).containsExactly("asset.type");
        assertThat(refused(() -> new Asset("A-00001", new AssetChange("x", AssetType.PAPER, null, 1, 1, 1, "top",
                "IT", null), AssetValuation.DEFAULT)).arguments()).containsExactly("asset.classification");
        assertThat(refused(() -> new Asset("A-00001", new AssetChange("x", AssetType.PAPER, Classification.PUBLIC, 1,
                1, 1, null, "IT", null), AssetValuation.DEFAULT)).arguments()).containsExactly("asset.owner");
    }

    @Test
    void ownerMustBeAUserName() {
        IsmsException e = refused(() -> new Asset("A-00001", new AssetChange("x", AssetType.PAPER,
                Classification.PUBLIC, 1, 1, 1, "山田", "IT", null), AssetValuation.DEFAULT));

        assertThat(e.messageKey()).isEqualTo("asset.owner.invalid");
    }

    @Test
    void refusedChangeLeavesTheAssetAsItWas() {
        Asset asset = new Asset("A-00001", CUSTOMER_DB, AssetValuation.DEFAULT);

        refused(() -> asset.apply(new AssetChange("新しい名前", AssetType.SOFTWARE, Classification.PUBLIC, 1, 1, 9,
                "top", "HR", null), AssetValuation.DEFAULT));

        assertThat(asset.values()).isEqualTo(CUSTOMER_DB);
        assertThat(asset.getAssetValue()).isEqualTo(3);
    }

    @Test
    void changingCiaRecomputesTheValue() {
        Asset asset = new Asset("A-00001", CUSTOMER_DB, AssetValuation.DEFAULT);

        asset.apply(withLevels(1, 2, 1), AssetValuation.DEFAULT);

        assertThat(asset.getAssetValue()).isEqualTo(2);
    }

    @Test
    void textIsTrimmedAndBlankLocationIsNone() {
        Asset asset = new Asset(" A-00001 ", new AssetChange("\u3000顧客台帳 ", AssetType.PAPER, Classification.INTERNAL,
                1, 1, 1, "top", "IT", "  "), AssetValuation.DEFAULT);

        assertThat(asset.getAssetNo()).isEqualTo("A-00001");
        assertThat(asset.getName()).isEqualTo("顧客台帳");
        assertThat(asset.getLocation()).isNull();
    }

    @Test
    void assetNumbersAreUniqueWithinAnInventory() {
        AssetInventory inventory = new AssetInventory(AssetValuation.DEFAULT);
        inventory.add("A-00001", CUSTOMER_DB);

        IsmsException e = refused(() -> inventory.add("A-00001", withLevels(1, 1, 1)));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(e.messageKey()).isEqualTo("asset.assetNo.taken");
        assertThat(inventory.size()).isEqualTo(1);
    }

    @Test
    void addAllAddsNothingWhenOneNumberIsTaken() {
        AssetInventory inventory = new AssetInventory(AssetValuation.DEFAULT);
        inventory.add("A-00002", CUSTOMER_DB);
        List<Asset> imported = List.of(new Asset("A-00001", CUSTOMER_DB, AssetValuation.DEFAULT),
                new Asset("A-00002", CUSTOMER_DB, AssetValuation.DEFAULT));

        refused(() -> inventory.addAll(imported));

        assertThat(inventory.getAssets()).extracting(Asset::getAssetNo).containsExactly("A-00002");
    }

    @Test
    void valuationScaleIsTwoToFive() {
        assertThat(refused(() -> new AssetValuation(1, AssetValueRule.MAX)).messageKey())
                .isEqualTo("asset.valuation.scaleInvalid");
        assertThat(refused(() -> new AssetValuation(6, AssetValueRule.MAX)).messageKey())
                .isEqualTo("asset.valuation.scaleInvalid");
    }
}
