"""The rules: profiles (values with their legal basis) and the checks that apply them."""
