package dev.triad.account.web;

/** A code of the person's authenticator app (or, at sign-in, one of their recovery codes). */
class SecondFactorCodeForm {

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
