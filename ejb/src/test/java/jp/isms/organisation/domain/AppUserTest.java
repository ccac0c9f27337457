package jp.isms.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AppUserTest {

    private static final String INITIAL = "Initial-Pass-2026";

    private static AppUser user(boolean mustChangePassword) {
        return new AppUser("tanaka", "田中 一郎", "tanaka@example.jp", null, Set.of(Role.DEPT_HEAD), INITIAL,
                mustChangePassword);
    }

    private static IsmsException refused(Executable action) {
        IsmsException e = catchThrowableOfType(IsmsException.class, action::execute);
        assertThat(e).as("an IsmsException").isNotNull();
        return e;
    }

    // --- PasswordPolicy ---

    @Test
    void passwordShorterThanTenCharactersIsRefused() {
        // when
        IsmsException e = refused(() -> PasswordPolicy.check("tanaka", "123456789"));

        // then
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("password.tooShort");
        assertThat(e.arguments()).containsExactly(10);
    }

    @Test
    void passwordOfExactlyTenCharactersIsAccepted() {
        assertThatCode(() -> PasswordPolicy.check("tanaka", "1234567890")).doesNotThrowAnyException();
    }

    @Test
    void missingPasswordIsRefused() {
        assertThat(refused(() -> PasswordPolicy.check("tanaka", null)).messageKey()).isEqualTo("password.tooShort");
    }

    @Test
    void passwordEqualToUsernameIgnoringCaseIsRefused() {
        IsmsException e = refused(() -> PasswordPolicy.check("yamada.taro", "Yamada.Taro"));

        assertThat(e.messageKey()).isEqualTo("password.sameAsUsername");
    }

    // --- construction ---

    @Test
    void newUserHasHashedPasswordJapaneseAndIsEnabled() {
        // when
        AppUser user = user(true);

        // then
        assertThat(user.authenticates(INITIAL)).isTrue();
        assertThat(user.authenticates("Initial-Pass-2027")).isFalse();
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(user.getDisplayName()).isEqualTo("田中 一郎");
        assertThat(user.groupIds()).containsExactly("dept-head");
    }

    @Test
    void tooShortInitialPasswordIsRefused() {
        IsmsException e = refused(() -> new AppUser("tanaka", "田中", null, null, Set.of(Role.EMPLOYEE), "short",
                false));

        assertThat(e.messageKey()).isEqualTo("password.tooShort");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "a", "Tanaka", "-tanaka", ".tanaka", "tanaka ichiro", "田中", "tanaka@example",
            "a1234567890123456789012345678901234567890123456789012345678901234" })
    void invalidUsernameIsRefused(String username) {
        IsmsException e = refused(() -> new AppUser(username, "田中", null, null, Set.of(Role.EMPLOYEE), INITIAL,
                false));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("user.username.invalid");
    }

    @Test
    void usernamesWithDigitsDotsDashesAndUnderscoresAreAccepted() {
        assertThat(new AppUser("t.tanaka_2-x", "田中", null, null, Set.of(Role.EMPLOYEE), INITIAL, false)
                .getUsername()).isEqualTo("t.tanaka_2-x");
    }

    @Test
    void blankDisplayNameIsRefused() {
        IsmsException e = refused(() -> new AppUser("tanaka", "  ", null, null, Set.of(Role.EMPLOYEE), INITIAL,
                false));

        assertThat(e.messageKey()).isEqualTo("user.displayName.required");
    }

    @Test
    void atLeastOneRoleIsRequired() {
        assertThat(refused(() -> new AppUser("tanaka", "田中", null, null, Set.of(), INITIAL, false)).messageKey())
                .isEqualTo("user.roles.required");
        assertThat(refused(() -> new AppUser("tanaka", "田中", null, null, null, INITIAL, false)).messageKey())
                .isEqualTo("user.roles.required");
    }

    @Test
    void rolesAreCopiedAndNotModifiableFromOutside() {
        // given
        EnumSet<Role> roles = EnumSet.of(Role.CISO, Role.ISMS_OFFICE);
        AppUser user = new AppUser("sato", "佐藤", null, null, roles, INITIAL, false);

        // when
        roles.add(Role.ADMIN);

        // then
        assertThat(user.hasRole(Role.ADMIN)).isFalse();
        assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.CISO, Role.ISMS_OFFICE);
        assertThat(user.groupIds()).containsExactlyInAnyOrder("ciso", "isms-office");
    }

    // --- password changes ---

    @Test
    void changePasswordWithTheRightCurrentPasswordLiftsTheObligation() {
        // given
        AppUser user = user(true);

        // when
        user.changePassword(INITIAL, "My-Own-Secret-99");

        // then
        assertThat(user.isMustChangePassword()).isFalse();
        assertThat(user.authenticates("My-Own-Secret-99")).isTrue();
        assertThat(user.authenticates(INITIAL)).isFalse();
    }

    @Test
    void changePasswordWithAWrongCurrentPasswordIsRefusedAndChangesNothing() {
        // given
        AppUser user = user(true);

        // when
        IsmsException e = refused(() -> user.changePassword("Wrong-Pass-2026", "My-Own-Secret-99"));

        // then
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("password.currentWrong");
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.authenticates(INITIAL)).isTrue();
        assertThat(user.authenticates("My-Own-Secret-99")).isFalse();
    }

    @Test
    void changePasswordToTheSamePasswordIsRefused() {
        AppUser user = user(true);

        IsmsException e = refused(() -> user.changePassword(INITIAL, INITIAL));

        assertThat(e.messageKey()).isEqualTo("password.unchanged");
        assertThat(user.isMustChangePassword()).isTrue();
    }

    @Test
    void changePasswordToATooShortPasswordIsRefusedAndKeepsTheOldOne() {
        AppUser user = user(true);

        IsmsException e = refused(() -> user.changePassword(INITIAL, "short"));

        assertThat(e.messageKey()).isEqualTo("password.tooShort");
        assertThat(user.authenticates(INITIAL)).isTrue();
        assertThat(user.isMustChangePassword()).isTrue();
    }

    @Test
    void resetPasswordSetsTheObligationAndReplacesThePassword() {
        // given
        AppUser user = user(false);

        // when
        user.resetPassword("Temporary-0001");

        // then
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.authenticates("Temporary-0001")).isTrue();
        assertThat(user.authenticates(INITIAL)).isFalse();
    }

    @Test
    void resetToATooShortPasswordIsRefused() {
        AppUser user = user(false);

        assertThat(refused(() -> user.resetPassword("tmp")).messageKey()).isEqualTo("password.tooShort");
        assertThat(user.isMustChangePassword()).isFalse();
        assertThat(user.authenticates(INITIAL)).isTrue();
    }

    // --- language ---

    @Test
    void switchLanguageToEnglishAndBack() {
        AppUser user = user(false);

        user.switchLanguage("en");
        assertThat(user.locale()).isEqualTo(Locale.ENGLISH);

        user.switchLanguage("ja");
        assertThat(user.locale()).isEqualTo(Locale.JAPANESE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "de", "EN", "en-US", "", "jp" })
    void unsupportedLanguageIsRefusedAndKeepsTheCurrentOne(String language) {
        // given
        AppUser user = user(false);
        user.switchLanguage("en");

        // when
        IsmsException e = refused(() -> user.switchLanguage(language));

        // then
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("user.language.unsupported");
        assertThat(user.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void missingLanguageIsRefusedAsInvalidInput() {
        AppUser user = user(false);

        IsmsException e = refused(() -> user.switchLanguage(null));

        assertThat(e.messageKey()).isEqualTo("user.language.unsupported");
    }
}
