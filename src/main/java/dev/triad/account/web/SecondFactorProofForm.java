package dev.triad.account.web;

/** Before the second factor changes: a current code of the app, or the password. Never shown back on the page. */
class SecondFactorProofForm {

    private String proof;

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }
}
